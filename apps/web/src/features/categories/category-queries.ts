import type { Client } from '@stackyard/contract';
import { queryOptions } from '@tanstack/react-query';

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
