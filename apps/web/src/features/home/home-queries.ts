import type { Client } from '@stackyard/contract/browser';
import { queryOptions } from '@tanstack/react-query';

/** Tools with the most new stacks and followers of late. */
export function trendingToolsQuery(api: Client) {
  return queryOptions({
    queryKey: ['tools', 'trending'] as const,
    queryFn: async ({ signal }) => (await api.tools.trending(undefined, { signal })).items,
  });
}
