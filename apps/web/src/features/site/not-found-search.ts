import { normalizeSearchText } from '../search/search-params.js';

/**
 * A search term guessed from a missing page's address, to start the 404 page's search with:
 * "/tools/ngnix" -> "ngnix", "/stacks/ada/rails-shop" -> "rails shop". Empty when nothing looks like a name.
 */
export function searchTermFromPath(pathname: string): string {
  const last = pathname.split('/').filter(Boolean).pop() ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // Not valid percent-encoding: leave out the escapes rather than guess what they meant.
    decoded = last.replace(/%[0-9a-f]{0,2}/gi, ' ');
  }
  const words = decoded
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .replace(/[-_+.]+/g, ' ')
    .replace(/[^\p{L}\p{N} ]+/gu, ' ');
  const term = normalizeSearchText(words);
  // A bare number (an id) or a single character finds nothing useful.
  return /^\d*$/.test(term) || term.length < 2 ? '' : term;
}
