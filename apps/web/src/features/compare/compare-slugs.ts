import { MAX_COMPARED_TOOLS, MIN_COMPARED_TOOLS } from '@stackyard/domain/compare-limits';
import { href } from 'react-router';

/** What joins the tools in a comparison's address: /compare/gunicorn-vs-passenger. */
export const SEPARATOR = '-vs-';

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
