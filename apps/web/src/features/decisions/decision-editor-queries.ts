import type { Client } from '@stackyard/contract/browser';
import { queryOptions } from '@tanstack/react-query';

/** A draft's body rendered by the API's own Markdown renderer: what the decision will look like once posted. */
export function decisionPreviewQuery(api: Client, body: string) {
  return queryOptions({
    queryKey: ['decisions', 'preview', body] as const,
    queryFn: async ({ signal }) => (await api.decisions.preview({ body: { body } }, { signal })).html,
    // The same text always renders the same: going back to Preview without an edit asks nothing again.
    staleTime: Infinity,
    retry: false,
  });
}
