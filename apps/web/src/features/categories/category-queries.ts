import type { Client } from '@stackyard/contract/browser';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';

/**
 * Layers > categories > functions, with tool counts: the same key and answer as the catalogue's
 * `categoriesQuery` (tools/tool-queries.ts), so either fills the cache for the other. It is defined here
 * too because that module reaches the domain package's schemas, which would put zod in these pages' JS.
 */
/** How many tools a layer or category page shows as its most used. */
export const TOP_TOOLS = 8;

export type TopToolsScope = { layer: string } | { category: string };

/** The most used tools of a layer or category (one page of the catalogue, never paged further here). */
export function topToolsQuery(api: Client, scope: TopToolsScope) {
  return queryOptions({
    queryKey: ['tools', 'top', scope, TOP_TOOLS] as const,
    queryFn: async ({ signal }) => (await api.tools.list({ query: { ...scope, sort: 'popular', limit: TOP_TOOLS } }, { signal })).items,
  });
}

/** How many tools one page of a function's ranking holds: rows of 1 or 2, and enough to scroll. */
export const RANKED_PAGE_SIZE = 24;

/** A function's tools, most used first, one keyset page per query page. */
export function functionToolsQuery(api: Client, functionSlug: string) {
  return infiniteQueryOptions({
    queryKey: ['tools', 'ranked', functionSlug] as const,
    queryFn: ({ pageParam, signal }) =>
      api.tools.list(
        { query: { function: functionSlug, sort: 'popular', limit: RANKED_PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } },
        { signal },
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}
