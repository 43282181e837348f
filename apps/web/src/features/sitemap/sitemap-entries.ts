import type { PageRenderContext } from '@stackyard/contract/browser';
import { href } from 'react-router';
import { comparePath } from '../compare/compare-slugs.js';
import { MAX_URLS_PER_SITEMAP, type SitemapEntry } from './sitemap-xml.js';

/** The most-viewed comparisons worth listing; the long tail of ones opened once is not. */
export const MAX_COMPARISONS = 1_000;
/** The API's largest page. */
const PAGE_SIZE = 100;

interface KeysetPage<Item> {
  items: Item[];
  nextCursor: string | null;
}

/** Every item of a keyset-paginated list, page after page, up to `max`. */
export async function walkPages<Item>(fetchPage: (cursor: string | undefined) => Promise<KeysetPage<Item>>, max = Infinity): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined && items.length < max);
  return items.slice(0, max);
}

/**
 * Every public page a crawler should find: the lists, the taxonomy (levels that hold tools), every tool,
 * the most viewed comparisons, and every visible stack with when it last changed.
 */
export async function collectSitemapEntries(context: PageRenderContext): Promise<SitemapEntry[]> {
  // The server's client, over loopback as every page render reads the API (see lib/server-api.ts).
  const { renderFetcher } = await import('../../lib/server-api.js');
  const { api } = renderFetcher(context);
  const [{ layers }, tools, comparisons, stacks] = await Promise.all([
    api.categories.tree(),
    walkPages((cursor) => api.tools.list({ query: { sort: 'name', limit: PAGE_SIZE, cursor } })),
    walkPages((cursor) => api.comparisons.popular({ query: { limit: PAGE_SIZE, cursor } }), MAX_COMPARISONS),
    walkPages((cursor) => api.stacks.list({ query: { limit: PAGE_SIZE, cursor } })),
  ]);
  const entries: SitemapEntry[] = [{ path: '/' }, { path: href('/tools') }, { path: href('/categories') }];
  for (const layer of layers) {
    if (layer.toolCount === 0) continue;
    entries.push({ path: href('/categories/:layer', { layer: layer.slug }) });
    for (const category of layer.categories) {
      if (category.toolCount === 0) continue;
      entries.push({ path: href('/categories/:layer/:category', { layer: layer.slug, category: category.slug }) });
      for (const fn of category.functions) {
        if (fn.toolCount > 0) entries.push({ path: href('/functions/:slug', { slug: fn.slug }) });
      }
    }
  }
  for (const tool of tools) entries.push({ path: href('/tools/:slug', { slug: tool.slug }) });
  for (const comparison of comparisons) {
    if (comparison.tools.length >= 2) entries.push({ path: comparePath(comparison.tools.map((tool) => tool.slug)) });
  }
  for (const stack of stacks) {
    // The list is public-only; a stack marked hidden would only be there for a moderator's eyes.
    if (stack.hidden) continue;
    entries.push({ path: href('/stacks/:owner/:slug', { owner: stack.owner.username, slug: stack.slug }), lastModified: stack.updatedAt });
  }
  return dedupe(entries);
}

function dedupe(entries: SitemapEntry[]): SitemapEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => !seen.has(entry.path) && Boolean(seen.add(entry.path)));
}

/**
 * The entries of a sitemap too big for one file, kept a while: a crawler reads the index and then every
 * part, and each would otherwise walk every list again. One that fits in one file is cheap to collect and
 * always fresh (a stack shared a minute ago is in it).
 */
export function cachedWhenSplit({ ttlMs = 10 * 60_000, maxPerFile = MAX_URLS_PER_SITEMAP, now = Date.now } = {}) {
  let kept: { at: number; entries: SitemapEntry[] } | null = null;
  let inFlight: Promise<SitemapEntry[]> | null = null;
  return async (load: () => Promise<SitemapEntry[]>): Promise<SitemapEntry[]> => {
    if (kept && now() - kept.at < ttlMs) return kept.entries;
    // Requests arriving together share one walk.
    inFlight ??= load()
      .then((entries) => {
        kept = entries.length > maxPerFile ? { at: now(), entries } : null;
        return entries;
      })
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  };
}

/** The process's one cache of sitemap entries: the index and its parts are read one after another. */
export const sitemapEntries = cachedWhenSplit();
