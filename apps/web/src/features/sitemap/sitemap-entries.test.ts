import { describe, expect, it, vi } from 'vitest';
import { cachedWhenSplit, walkPages } from './sitemap-entries.js';
import type { SitemapEntry } from './sitemap-xml.js';

const pages: Record<string, { items: number[]; nextCursor: string | null }> = {
  start: { items: [1, 2], nextCursor: 'b' },
  b: { items: [3, 4], nextCursor: 'c' },
  c: { items: [5], nextCursor: null },
};

describe('walkPages', () => {
  it('follows nextCursor to the last page', async () => {
    const fetchPage = vi.fn(async (cursor: string | undefined) => pages[cursor ?? 'start']!);
    expect(await walkPages(fetchPage)).toEqual([1, 2, 3, 4, 5]);
    expect(fetchPage.mock.calls.map(([cursor]) => cursor)).toEqual([undefined, 'b', 'c']);
  });

  it('stops asking once it has enough', async () => {
    const fetchPage = vi.fn(async (cursor: string | undefined) => pages[cursor ?? 'start']!);
    expect(await walkPages(fetchPage, 3)).toEqual([1, 2, 3]);
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });
});

describe('cachedWhenSplit', () => {
  const entries = (count: number): SitemapEntry[] => Array.from({ length: count }, (_, i) => ({ path: `/t${i}` }));

  it('keeps a sitemap too big for one file for a while', async () => {
    let time = 0;
    const load = vi.fn(async () => entries(5));
    const cache = cachedWhenSplit({ ttlMs: 100, maxPerFile: 2, now: () => time });
    const get = () => cache(load);
    await get();
    time = 99;
    await get();
    expect(load).toHaveBeenCalledTimes(1);
    time = 100;
    await get();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('collects a sitemap that fits in one file afresh every time', async () => {
    const load = vi.fn(async () => entries(2));
    const cache = cachedWhenSplit({ ttlMs: 100, maxPerFile: 2, now: () => 0 });
    const get = () => cache(load);
    await get();
    await get();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shares one walk between requests arriving together, and forgets a failed one', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('busy')).mockResolvedValue(entries(1));
    const cache = cachedWhenSplit({ maxPerFile: 2 });
    const get = () => cache(load);
    const together = [get(), get()];
    await expect(together[0]).rejects.toThrow('busy');
    await expect(together[1]).rejects.toThrow('busy');
    expect(load).toHaveBeenCalledTimes(1);
    expect(await get()).toHaveLength(1);
  });
});
