import { cleanFilters, DEFAULT_SORT, isToolSort, normalizeSlug, type ToolFilters } from './tool-filters.js';

/** Everything the catalogue page shows, as kept in the address bar so any view can be linked. */
export interface CatalogueState extends ToolFilters {
  /** The tool whose detail panel is open. */
  tool?: string;
}

/** Reads "?q=gun&function=web-servers&tool=passenger", ignoring values the API would reject. */
export function parseCatalogueSearch(search: string): CatalogueState {
  const params = new URLSearchParams(search);
  const sort = params.get('sort');
  const state: CatalogueState = cleanFilters({
    q: params.get('q') ?? undefined,
    layer: params.get('layer') ?? undefined,
    function: params.get('function') ?? undefined,
    sort: isToolSort(sort) ? sort : DEFAULT_SORT,
  });
  const tool = normalizeSlug(params.get('tool'));
  if (tool) state.tool = tool;
  return state;
}

/** The inverse of parseCatalogueSearch: "" for the default view, otherwise "?..." without defaults. */
export function serializeCatalogueSearch(state: CatalogueState): string {
  const clean = cleanFilters(state);
  const params = new URLSearchParams();
  if (clean.q) params.set('q', clean.q);
  if (clean.layer) params.set('layer', clean.layer);
  if (clean.function) params.set('function', clean.function);
  if (clean.sort !== DEFAULT_SORT) params.set('sort', clean.sort);
  const tool = normalizeSlug(state.tool);
  if (tool) params.set('tool', tool);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The filters alone, for the list query: opening a tool must not refetch the list. */
export function filtersOf(state: CatalogueState): ToolFilters {
  return cleanFilters(state);
}
