import * as z from 'zod/mini';
import { cleanFilters, DEFAULT_SORT, MAX_SLUG_LENGTH, normalizeSearch, SLUG_PATTERN, TOOL_SORTS, type ToolFilters } from './tool-filters.js';

/** A slug the API would take, or nothing. */
const slug = z.catch(z.optional(z.string().check(z.maxLength(MAX_SLUG_LENGTH), z.regex(SLUG_PATTERN))), undefined);

/**
 * The catalogue's filters as the address bar holds them (/tools?q=gun&layer=...&openSource=true). A link
 * someone typed or kept from long ago must still open a page, so a value the API would refuse is dropped
 * (each field falls back on its own) instead of failing the whole URL. The catalogue's data step loads this
 * module when it runs, so zod is not part of the page's first download.
 */
const catalogueSearchSchema = z.object({
  q: z.catch(z.pipe(z.optional(z.string()), z.transform((text: string | undefined) => normalizeSearch(text))), undefined),
  layer: slug,
  function: slug,
  openSource: z.catch(z.pipe(z.optional(z.enum(['true', 'false'])), z.transform((value) => (value === undefined ? undefined : value === 'true'))), undefined),
  sort: z.catch(z.enum(TOOL_SORTS), DEFAULT_SORT),
});

/** The filters a catalogue URL asks for. */
export function parseCatalogueSearch(params: URLSearchParams): ToolFilters {
  return cleanFilters(catalogueSearchSchema.parse(Object.fromEntries(params)));
}
