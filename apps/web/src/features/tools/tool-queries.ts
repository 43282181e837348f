import type { Client } from '@stackyard/contract/browser';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { toolListQuery, type ToolFilters } from './tool-filters.js';

// Keys are hierarchical so that a change to tools can invalidate everything under ['tools'] at once.
// Each factory takes the API client (see lib/api.ts): the browser's, or a server render's per-request one.
// The client is not part of the key: a query cache never outlives the one client it was filled with.

/** How many alternatives one "load more" brings. */
export const TOOL_LIST_PAGE_SIZE = 12;
/** The first page repeats the few stacks the tool's page came with, so it takes more to show something new. */
export const TOOL_STACKS_PAGE_SIZE = 18;
/** Decisions are long; a tool page opens with a few. */
export const TOOL_DECISIONS_PAGE_SIZE = 4;

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

/** The stacks that use a tool, newest addition first. */
export function toolStacksQuery(api: Client, slug: string) {
  return infiniteQueryOptions({
    queryKey: ['tools', 'stacks', slug] as const,
    queryFn: ({ pageParam, signal }) =>
      api.tools.stacks({ params: { slug }, query: { limit: TOOL_STACKS_PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } }, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

/** The other tools of a tool's function, most used first. */
export function toolAlternativesQuery(api: Client, slug: string) {
  return infiniteQueryOptions({
    queryKey: ['tools', 'alternatives', slug] as const,
    queryFn: ({ pageParam, signal }) =>
      api.tools.alternatives({ params: { slug }, query: { limit: TOOL_LIST_PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } }, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

/** The decisions that name a tool, newest first. Under 'detail' so a vote or sign-in refreshes them too. */
export function toolDecisionsQuery(api: Client, slug: string) {
  return infiniteQueryOptions({
    queryKey: ['tools', 'detail', slug, 'decisions'] as const,
    queryFn: ({ pageParam, signal }) =>
      api.tools.decisions({ params: { slug }, query: { limit: TOOL_DECISIONS_PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } }, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

/** Tools whose name starts like the text, for the "Compare with…" picker. */
export function toolSuggestionsQuery(api: Client, text: string) {
  return queryOptions({
    queryKey: ['search', 'tools', text] as const,
    queryFn: async ({ signal }) => (await api.search.all({ query: { q: text, limit: 8 } }, { signal })).tools,
    enabled: text.length > 0,
    staleTime: 5 * 60_000,
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
