import type { Route } from './+types/sitemaps.$part';
import { collectSitemapEntries, sitemapEntries } from '../features/sitemap/sitemap-entries.js';
import { parsePartName, SITEMAP_HEADERS, sitemapPart } from '../features/sitemap/sitemap-xml.js';

// One part of a sitemap too big for one file: /sitemaps/1.xml, /sitemaps/2.xml... as /sitemap.xml lists them.
export async function loader({ context, params }: Route.LoaderArgs) {
  const part = parsePartName(params.part);
  const xml = part === null ? null : sitemapPart(await sitemapEntries(() => collectSitemapEntries(context)), part, context.publicOrigin);
  if (xml === null) {
    return new Response('No such sitemap part.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' } });
  }
  return new Response(xml, { headers: SITEMAP_HEADERS });
}
