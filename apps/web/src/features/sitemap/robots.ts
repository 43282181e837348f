/**
 * robots.txt: every page may be crawled; the JSON API may not (the pages show the same, and a crawler
 * walking keyset pages only spends the read limits), except the API's own document, which the footer
 * links. Search result pages are left crawlable so their `noindex` can be seen.
 */
export function robotsTxt(origin: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /api/',
    'Allow: /api/v1/openapi.json',
    '',
    `Sitemap: ${new URL('/sitemap.xml', origin).href}`,
    '',
  ].join('\n');
}
