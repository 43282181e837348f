/** One URL of the sitemap: a path on this site, and when its page last changed when that is known. */
export interface SitemapEntry {
  path: string;
  /** ISO 8601 (W3C datetime), as the API gives timestamps. */
  lastModified?: string;
}

/** The protocol's limit per file (sitemaps.org): past it, /sitemap.xml becomes an index of parts. */
export const MAX_URLS_PER_SITEMAP = 50_000;

export const SITEMAP_HEADERS = {
  'Content-Type': 'application/xml; charset=utf-8',
  // Crawlers read it a few times a day at most; an hour keeps it fresh without walking every list per read.
  'Cache-Control': 'public, max-age=3600',
};

/** The path of a part of a split sitemap, numbered from 1. */
export function sitemapPartPath(part: number): string {
  return `/sitemaps/${part}.xml`;
}

/** "3.xml" -> 3; null for anything that is not a part's name. */
export function parsePartName(name: string): number | null {
  const match = /^([1-9]\d{0,5})\.xml$/.exec(name);
  return match ? Number(match[1]) : null;
}

/** How many files the entries need. */
export function partCount(entryCount: number, maxPerFile = MAX_URLS_PER_SITEMAP): number {
  return Math.max(1, Math.ceil(entryCount / maxPerFile));
}

/**
 * /sitemap.xml: every URL in one urlset while they fit, else an index pointing at /sitemaps/1.xml ... n.
 * Absolute URLs from the site's public origin, as the protocol asks.
 */
export function sitemapRoot(entries: SitemapEntry[], origin: string, maxPerFile = MAX_URLS_PER_SITEMAP): string {
  const parts = partCount(entries.length, maxPerFile);
  if (parts === 1) return urlset(entries, origin);
  const locations = Array.from({ length: parts }, (_, index) => absolute(sitemapPartPath(index + 1), origin));
  return sitemapIndex(locations);
}

/** /sitemaps/:n.xml: the n-th slice of the entries, or null when the sitemap has no such part. */
export function sitemapPart(entries: SitemapEntry[], part: number, origin: string, maxPerFile = MAX_URLS_PER_SITEMAP): string | null {
  const parts = partCount(entries.length, maxPerFile);
  // A sitemap that fits in one file has no parts: /sitemap.xml is the whole of it.
  if (parts === 1 || part < 1 || part > parts) return null;
  return urlset(entries.slice((part - 1) * maxPerFile, part * maxPerFile), origin);
}

function urlset(entries: SitemapEntry[], origin: string): string {
  const urls = entries.map((entry) => {
    const lastmod = entry.lastModified ? `<lastmod>${escapeXml(entry.lastModified)}</lastmod>` : '';
    return `<url><loc>${escapeXml(absolute(entry.path, origin))}</loc>${lastmod}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

function sitemapIndex(locations: string[]): string {
  const items = locations.map((location) => `<sitemap><loc>${escapeXml(location)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`;
}

/** The URL parser percent-encodes what a path may not hold; the origin has no trailing slash to double. */
function absolute(path: string, origin: string): string {
  return new URL(path, origin).href;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[char]};`);
}
