import { describe, expect, it } from 'vitest';
import { escapeXml, parsePartName, partCount, sitemapPart, sitemapPartPath, sitemapRoot, type SitemapEntry } from './sitemap-xml.js';

const ORIGIN = 'https://stackyard.example';
const entries = (count: number): SitemapEntry[] => Array.from({ length: count }, (_, i) => ({ path: `/tools/t${i + 1}` }));
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);

describe('sitemapRoot', () => {
  it('lists every URL, absolute, in one urlset while they fit', () => {
    const xml = sitemapRoot([{ path: '/' }, { path: '/stacks/ada/shop', lastModified: '2026-11-30T23:26:55.115Z' }], ORIGIN, 3);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    expect(locs(xml)).toEqual([`${ORIGIN}/`, `${ORIGIN}/stacks/ada/shop`]);
    expect(xml).toContain('<lastmod>2026-11-30T23:26:55.115Z</lastmod>');
  });

  it('keeps exactly the limit in one file', () => {
    expect(sitemapRoot(entries(3), ORIGIN, 3)).toContain('<urlset');
  });

  it('becomes an index of numbered parts past the limit', () => {
    const xml = sitemapRoot(entries(7), ORIGIN, 3);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(locs(xml)).toEqual([`${ORIGIN}/sitemaps/1.xml`, `${ORIGIN}/sitemaps/2.xml`, `${ORIGIN}/sitemaps/3.xml`]);
  });

  it('is an empty urlset with nothing to list', () => {
    expect(locs(sitemapRoot([], ORIGIN, 3))).toEqual([]);
  });
});

describe('sitemapPart', () => {
  it('splits the entries into slices of the limit, in order, each URL once', () => {
    const all = entries(7);
    const parts = [1, 2, 3].map((part) => locs(sitemapPart(all, part, ORIGIN, 3)!));
    expect(parts.map((urls) => urls.length)).toEqual([3, 3, 1]);
    expect(parts.flat()).toEqual(all.map((entry) => `${ORIGIN}${entry.path}`));
  });

  it('has no part past the last, nor before the first', () => {
    expect(sitemapPart(entries(7), 4, ORIGIN, 3)).toBeNull();
    expect(sitemapPart(entries(7), 0, ORIGIN, 3)).toBeNull();
  });

  it('has no parts when the whole sitemap fits in /sitemap.xml', () => {
    expect(sitemapPart(entries(3), 1, ORIGIN, 3)).toBeNull();
  });

  it('holds 50,000 URLs per part by default', () => {
    const all = entries(50_001);
    expect(partCount(all.length)).toBe(2);
    expect(locs(sitemapPart(all, 1, ORIGIN)!)).toHaveLength(50_000);
    expect(locs(sitemapPart(all, 2, ORIGIN)!)).toEqual([`${ORIGIN}/tools/t50001`]);
  });
});

describe('parsePartName', () => {
  it('reads the part number of a part file', () => {
    expect(parsePartName('1.xml')).toBe(1);
    expect(parsePartName('12.xml')).toBe(12);
  });

  it('refuses anything else', () => {
    for (const name of ['0.xml', '01.xml', '1', '1.xml.gz', 'a.xml', '-1.xml', '9999999.xml']) expect(parsePartName(name), name).toBeNull();
  });

  it('reads back what sitemapPartPath writes', () => {
    expect(parsePartName(sitemapPartPath(5).split('/').pop()!)).toBe(5);
  });
});

describe('escaping', () => {
  it('escapes the characters XML reserves', () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
  });

  it('writes query strings and odd characters as valid XML and URLs', () => {
    const xml = sitemapRoot([{ path: '/search?q=a&b=c' }, { path: '/users/zoë' }], ORIGIN, 3);
    expect(locs(xml)).toEqual([`${ORIGIN}/search?q=a&amp;b=c`, `${ORIGIN}/users/zo%C3%AB`]);
  });
});
