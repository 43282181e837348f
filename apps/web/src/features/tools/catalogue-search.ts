import { slugParam, TOOL_SORTS } from '@stackyard/domain';
import { z } from 'zod';
import { cleanFilters, DEFAULT_SORT, normalizeSearch, normalizeSlug, type ToolFilters } from './tool-filters.js';

/**
 * The catalogue's filters as the address bar holds them (/tools?q=gun&layer=...&openSource=true). A link
 * someone typed or kept from long ago must still open a page, so a value the API would refuse is dropped
 * (each field falls back on its own) instead of failing the whole URL.
 */
const catalogueSearchSchema = z.object({
  q: z.string().transform(normalizeSearch).catch(undefined),
  layer: slugParam.optional().catch(undefined),
  function: slugParam.optional().catch(undefined),
  openSource: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .catch(undefined),
  sort: z.enum(TOOL_SORTS).catch(DEFAULT_SORT),
});

/** The filters a catalogue URL asks for. */
export function parseCatalogueSearch(params: URLSearchParams): ToolFilters {
  return cleanFilters(catalogueSearchSchema.parse(Object.fromEntries(params)));
}

/** The inverse of parseCatalogueSearch: "" for the default view, otherwise "?..." without defaults. */
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
