import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { fetchCategories, fetchTool, fetchToolPage } from './tools-api.js';
import type { ToolFilters } from './tool-filters.js';

// Keys are hierarchical so that a change to tools can invalidate everything under ['tools'] at once.

export function toolsQuery(filters: ToolFilters) {
  return infiniteQueryOptions({
    queryKey: ['tools', 'list', filters] as const,
    queryFn: ({ pageParam, signal }) => fetchToolPage(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function toolQuery(slug: string) {
  return queryOptions({
    queryKey: ['tools', 'detail', slug] as const,
    queryFn: ({ signal }) => fetchTool(slug, signal),
  });
}

export function categoriesQuery() {
  return queryOptions({
    queryKey: ['categories'] as const,
    queryFn: ({ signal }) => fetchCategories(signal),
    // The taxonomy changes rarely; refetching it on every visit would only flicker the filters.
    staleTime: 10 * 60_000,
  });
}
