/** The API's bound on a search term (`searchTextParam`), in UTF-16 code units as it counts them. */
export const MAX_SEARCH_LENGTH = 100;

// eslint-disable-next-line no-control-regex -- control characters are what it replaces
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Typed or pasted text as the API's `q` takes it: one line, runs of white space folded to one space,
 * trimmed, at most 100 code units without splitting a character in two. '' when nothing is left.
 */
export function normalizeSearchText(text: string): string {
  const line = text.replace(LONE_SURROGATES, '\ufffd').replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
  if (line.length <= MAX_SEARCH_LENGTH) return line;
  let cut = line.slice(0, MAX_SEARCH_LENGTH);
  // A high surrogate at the end is half of an emoji or a rare character: drop it rather than send half.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd();
}

export interface SearchPageParams {
  /** The term, or null when there is none worth asking the API about. */
  q: string | null;
}

/**
 * `/search?q=`. Not a zod schema, though the domain has `searchTextParam`: this runs in the browser on every
 * page (the header's box) and the search page's client loader, and zod would put ~20 KB gzip on each, past
 * the initial-JS budget. It cleans rather than refuses, and what it returns always passes `searchTextParam`
 * (the tests check that against the schema itself).
 */
export function parseSearchPageParams(params: URLSearchParams): SearchPageParams {
  return { q: normalizeSearchText(params.get('q') ?? '') || null };
}

/** `/search?q=...` for a term (or bare `/search`). */
export function searchPageHref(q: string | null): string {
  return q ? `/search?${new URLSearchParams({ q }).toString()}` : '/search';
}
