import type { contracts, RequestInput } from '@stackyard/contract';
import type { ToolSort } from '@stackyard/domain';

// The domain's values are repeated here because importing them would bring @stackyard/domain's schemas,
// and zod, into every catalogue page; tool-filters.test.ts fails when the two drift apart.

/** The catalogue's sorts, in the order the sort menu lists them. */
export const TOOL_SORTS = ['popular', 'followers', 'votes', 'newest', 'name'] as const satisfies readonly ToolSort[];
/** A slug as the API accepts one: lowercase words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** The API's longest slug. */
export const MAX_SLUG_LENGTH = 80;

/** What the catalogue is filtered by; also the last part of the list's query key. */
export interface ToolFilters {
  q?: string;
  layer?: string;
  function?: string;
  /** true: open source only; false: proprietary only; absent: both. */
  openSource?: boolean;
  sort: ToolSort;
}

export const DEFAULT_SORT: ToolSort = 'popular';

/** How many tools one "page" of the catalogue holds; 24 fills rows of 2, 3 or 4 cards evenly. */
export const TOOL_PAGE_SIZE = 24;

/** The API rejects longer searches, so the box stops there too. */
export const MAX_SEARCH_LENGTH = 100;

export const SORT_LABELS: Record<ToolSort, string> = {
  popular: 'Most used',
  followers: 'Most followed',
  votes: 'Most voted',
  newest: 'Newest',
  name: 'Name (A–Z)',
};

export function isToolSort(value: string | null | undefined): value is ToolSort {
  return TOOL_SORTS.some((sort) => sort === value);
}

/** A search as the API accepts it: trimmed, capped, and absent rather than empty. */
export function normalizeSearch(text: string | null | undefined): string | undefined {
  const trimmed = text?.trim().slice(0, MAX_SEARCH_LENGTH).trim();
  return trimmed ? trimmed : undefined;
}

export function normalizeSlug(value: string | null | undefined): string | undefined {
  return value && value.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(value) ? value : undefined;
}

/**
 * The filters with absent values left out, so that equal filters give equal query keys and
 * serialise the same way however they were built.
 */
export function cleanFilters(filters: ToolFilters): ToolFilters {
  const clean: ToolFilters = { sort: isToolSort(filters.sort) ? filters.sort : DEFAULT_SORT };
  const q = normalizeSearch(filters.q);
  const layer = normalizeSlug(filters.layer);
  const fn = normalizeSlug(filters.function);
  if (q) clean.q = q;
  if (layer) clean.layer = layer;
  if (fn) clean.function = fn;
  if (typeof filters.openSource === 'boolean') clean.openSource = filters.openSource;
  return clean;
}

/** What the catalogue list endpoint (`tools.list` of the contract) accepts, as a client writes it. */
export type ToolListQuery = NonNullable<RequestInput<typeof contracts.tools.list>['query']>;

/**
 * The query of one page of a filtered list. The typed client writes the keys in this order, so equal
 * filters always give the same URL (and the same cache entry on the way).
 */
export function toolListQuery(filters: ToolFilters, cursor: string | null, limit: number = TOOL_PAGE_SIZE): ToolListQuery {
  const clean = cleanFilters(filters);
  const query: ToolListQuery = {};
  if (clean.q) query.q = clean.q;
  if (clean.layer) query.layer = clean.layer;
  if (clean.function) query.function = clean.function;
  if (clean.openSource !== undefined) query.openSource = clean.openSource ? 'true' : 'false';
  query.sort = clean.sort;
  if (cursor) query.cursor = cursor;
  query.limit = limit;
  return query;
}
