import type { SearchResponse } from '@stackyard/domain';
import { href } from 'react-router';
import { normalizeSearchText } from './search-params.js';

type ToolSearchHit = SearchResponse['tools'][number];

/** "gunicorn vs passenger", "a vs. b vs c", "a versus b": the names to compare, or null for any other search. */
export function parseVersus(q: string): string[] | null {
  const names = q.split(/\s+(?:vs\.?|versus)\s+/i).map(normalizeSearchText);
  if (names.length < 2 || names.length > 3 || names.some((name) => name === '')) return null;
  const distinct = new Set(names.map((name) => name.toLowerCase()));
  return distinct.size === names.length ? names : null;
}

/**
 * /compare/a-vs-b[-vs-c] for two or three tools, in slug order as comparisons are named; null otherwise.
 * The same address as features/compare's comparePath (the tests check), without its zod schemas, which
 * would weigh on the search page in the browser.
 */
export function compareHref(slugs: string[]): string | null {
  const sorted = [...new Set(slugs)].sort();
  if (sorted.length !== slugs.length || sorted.length < 2 || sorted.length > 3) return null;
  return href('/compare/:slugs', { slugs: sorted.join('-vs-') });
}

/**
 * The results of "a vs b" with the tool each name finds first put in front (once each): the search for the
 * whole text rarely matches anything, but the visitor plainly means those tools.
 */
export function withVersusTools(results: SearchResponse, firstHits: (ToolSearchHit | undefined)[]): SearchResponse {
  const found = firstHits.filter((tool): tool is ToolSearchHit => tool !== undefined);
  if (found.length === 0) return results;
  const tools = [...found, ...results.tools].filter((tool, index, all) => all.findIndex((other) => other.slug === tool.slug) === index);
  return { ...results, tools };
}
