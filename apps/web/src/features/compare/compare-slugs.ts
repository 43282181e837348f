import { MAX_COMPARED_TOOLS, MIN_COMPARED_TOOLS, slugParam } from '@stackyard/domain';
import { href } from 'react-router';

/** What joins the tools in a comparison's address: /compare/gunicorn-vs-passenger. */
const SEPARATOR = '-vs-';

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

/**
 * The order a comparison is known by: slugs sorted as the API sorts them for its comparison key (code
 * unit order, what `<` does), so "passenger-vs-gunicorn" and "gunicorn-vs-passenger" are one page.
 */
export function canonicalSlugs(slugs: readonly string[]): string[] {
  return [...slugs].sort((left, right) => (left < right ? -1 : left > right ? 1 : 0));
}

/** The page of a comparison, always in canonical order. */
export function comparePath(slugs: readonly string[]): string {
  return href('/compare/:slugs', { slugs: canonicalSlugs(slugs).join(SEPARATOR) });
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

/** The comparison with one more tool, or null when it already has as many as a comparison may. */
export function withTool(slugs: readonly string[], slug: string): string[] | null {
  if (slugs.includes(slug) || slugs.length >= MAX_COMPARED_TOOLS) return null;
  return canonicalSlugs([...slugs, slug]);
}

/** The comparison without one tool, or null when that would leave fewer than two. */
export function withoutTool(slugs: readonly string[], slug: string): string[] | null {
  const rest = slugs.filter((other) => other !== slug);
  if (rest.length === slugs.length || rest.length < MIN_COMPARED_TOOLS) return null;
  return canonicalSlugs(rest);
}
