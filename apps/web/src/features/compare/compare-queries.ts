import type { Client } from '@stackyard/contract';
import { queryOptions } from '@tanstack/react-query';

/**
 * 2-3 tools side by side. `slugs` are in canonical order (see compare-slugs.ts), so one comparison has one
 * key however its address was written; the API answers the tools in the order asked.
 */
export function comparisonQuery(api: Client, slugs: readonly string[]) {
  return queryOptions({
    queryKey: ['compare', slugs] as const,
    queryFn: async ({ signal }) => (await api.compare.tools({ query: { tools: slugs.join(',') } }, { signal })).comparison,
  });
}

/** How many matches the picker offers at a time. */
const PICKER_MATCHES = 8;

/**
 * Tools the picker could add: the tool matches of the autocomplete search. The key holds the whole query
 * and the data is the API's answer unchanged, so any other part asking the same search shares it.
 */
export function toolMatchesQuery(api: Client, text: string) {
  const query = { q: text, limit: PICKER_MATCHES };
  return queryOptions({
    queryKey: ['search', 'all', query] as const,
    queryFn: ({ signal }) => api.search.all({ query }, { signal }),
    select: (answer) => answer.tools,
    // What a name matches hardly changes while someone types; going back over a prefix needs no refetch.
    staleTime: 5 * 60_000,
  });
}
