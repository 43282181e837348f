import type { Client } from '@stackyard/contract/browser';
import { queryOptions } from '@tanstack/react-query';

/** Matches of each kind for a term: the header's suggestions ask for a few, the search page for more. */
export function searchQuery(api: Client, q: string, limit: number) {
  return queryOptions({
    queryKey: ['search', 'all', { q, limit }] as const,
    queryFn: ({ signal }) => api.search.all({ query: { q, limit } }, { signal }),
  });
}

/** As many of each kind as the API gives at once: the search page. */
export const SEARCH_PAGE_LIMIT = 20;
/** A few more than the popup shows of any kind (see SUGGESTION_LIMITS), so one request fills it. */
export const SUGGESTION_REQUEST_LIMIT = 5;
