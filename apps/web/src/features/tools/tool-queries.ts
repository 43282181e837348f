import type { Client } from '@stackyard/contract/browser';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { toolListQuery, type ToolFilters } from './tool-filters.js';

// Keys are hierarchical so that a change to tools can invalidate everything under ['tools'] at once.
// Each factory takes the API client (see lib/api.ts): the browser's, or a server render's per-request one.
// The client is not part of the key: a query cache never outlives the one client it was filled with.

/** One keyset page of the filtered list per query page; each page's nextCursor asks for the following one. */
export function toolsQuery(api: Client, filters: ToolFilters) {
  return infiniteQueryOptions({
    queryKey: ['tools', 'list', filters] as const,
    queryFn: ({ pageParam, signal }) => api.tools.list({ query: toolListQuery(filters, pageParam) }, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function toolQuery(api: Client, slug: string) {
  return queryOptions({
    queryKey: ['tools', 'detail', slug] as const,
    queryFn: async ({ signal }) => (await api.tools.get({ params: { slug } }, { signal })).tool,
  });
}

/** Layers > categories > functions, with tool counts. */
export function categoriesQuery(api: Client) {
  return queryOptions({
    queryKey: ['categories'] as const,
    queryFn: async ({ signal }) => (await api.categories.tree(undefined, { signal })).layers,
    // The taxonomy changes rarely; refetching it on every visit would only flicker the filters.
    staleTime: 10 * 60_000,
  });
}
