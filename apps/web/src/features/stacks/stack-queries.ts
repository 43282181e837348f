import type { Client } from '@stackyard/contract/browser';
import { queryOptions } from '@tanstack/react-query';

/** A stack's page: its tools by layer and category, its newest decisions, and the viewer's follow. */
export function stackQuery(api: Client, owner: string, slug: string) {
  return queryOptions({
    queryKey: ['stacks', 'detail', owner, slug] as const,
    queryFn: async ({ signal }) => (await api.stacks.get({ params: { owner, slug } }, { signal })).stack,
  });
}
