import type { Route } from './+types/sitemap[.]xml';
import { collectSitemapEntries, sitemapEntries } from '../features/sitemap/sitemap-entries.js';
import { SITEMAP_HEADERS, sitemapRoot } from '../features/sitemap/sitemap-xml.js';

// Every URL while they fit in one file, else the index of /sitemaps/:part files (see sitemap-xml.ts).
export async function loader({ context }: Route.LoaderArgs) {
  const entries = await sitemapEntries(() => collectSitemapEntries(context));
  return new Response(sitemapRoot(entries, context.publicOrigin), { headers: SITEMAP_HEADERS });
}
