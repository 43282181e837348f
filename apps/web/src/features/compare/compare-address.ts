import { MAX_COMPARED_TOOLS, MIN_COMPARED_TOOLS, slugParam } from '@stackyard/domain';
import { canonicalSlugs, comparePath, SEPARATOR } from './compare-slugs.js';

// Reading the address uses the domain's schemas (zod): only the route's data step imports this module, so
// it loads with the client loader, not with the page's first JavaScript.

/**
 * The tools of /compare/:slugs once split at "-vs-": two or three distinct tool slugs, by the same slug
 * rule as the API's. Tool slugs are lowercase words joined by hyphens, so "-vs-" can only be a separator
 * (no catalogue slug has "vs" as a word of its own).
 */
export const compareSlugsSchema = slugParam
  .array()
  .min(MIN_COMPARED_TOOLS)
  .max(MAX_COMPARED_TOOLS)
  .refine((slugs) => new Set(slugs).size === slugs.length, 'must name each tool once');

/** The slugs an address names, in its order, or null when it is not 2-3 distinct slugs joined by "-vs-". */
export function parseCompareSlugs(param: string | undefined): string[] | null {
  const parsed = compareSlugsSchema.safeParse((param ?? '').split(SEPARATOR));
  return parsed.success ? parsed.data : null;
}

export type CompareAddress =
  | { kind: 'not-found' }
  | { kind: 'redirect'; path: string }
  | { kind: 'comparison'; slugs: string[] };

/**
 * What an address asks for: a comparison in canonical order, a permanent redirect to that order, or
 * nothing (anything but 2-3 distinct slugs is the 404 page).
 */
export function readCompareAddress(param: string | undefined): CompareAddress {
  const named = parseCompareSlugs(param);
  if (!named) return { kind: 'not-found' };
  const slugs = canonicalSlugs(named);
  if (slugs.some((slug, index) => slug !== named[index])) return { kind: 'redirect', path: comparePath(slugs) };
  return { kind: 'comparison', slugs };
}

