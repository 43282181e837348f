import { cleanFilters, DEFAULT_SORT, normalizeSlug, type ToolFilters } from './tool-filters.js';

/** The catalogue URL of some filters: "" for the default view, otherwise "?..." without defaults. */
export function serializeCatalogueSearch(filters: ToolFilters): string {
  const clean = cleanFilters(filters);
  const params = new URLSearchParams();
  if (clean.q) params.set('q', clean.q);
  if (clean.layer) params.set('layer', clean.layer);
  if (clean.function) params.set('function', clean.function);
  if (clean.openSource !== undefined) params.set('openSource', String(clean.openSource));
  if (clean.sort !== DEFAULT_SORT) params.set('sort', clean.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The tool an old catalogue link opened in its side panel (/tools?tool=passenger): that view is the tool's
 * own page now, so such links are sent there.
 */
export function legacyToolSlug(params: URLSearchParams): string | undefined {
  return normalizeSlug(params.get('tool'));
}
