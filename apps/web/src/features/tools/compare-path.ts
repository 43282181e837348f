import { href } from 'react-router';

/**
 * The address of a comparison: /compare/a-vs-b[-vs-c], its slugs sorted, which is the one order the API
 * counts views under and every page links to, so one comparison never has two addresses.
 */
export function comparePath(slugs: readonly string[]): string {
  const sorted = [...new Set(slugs)].sort();
  return href('/compare/:slugs', { slugs: sorted.join('-vs-') });
}
