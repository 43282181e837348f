import type { Client } from '@stackyard/contract/browser';
import { queryOptions } from '@tanstack/react-query';

/** How many popular comparisons the home page lists. */
export const HOME_COMPARISONS = 6;
/**
 * How much of the public feed the home page reads to find its recent stacks and decisions: the feed mixes
 * in follows, pros and cons and stack edits, so it takes a few dozen events to find a handful of each.
 */
export const HOME_FEED_EVENTS = 60;

/** Tools with the most new stacks and followers of late. */
export function trendingToolsQuery(api: Client) {
  return queryOptions({
    queryKey: ['tools', 'trending'] as const,
    queryFn: async ({ signal }) => await api.tools.trending(undefined, { signal }),
  });
}

/** The most viewed comparisons. */
export function popularComparisonsQuery(api: Client) {
  return queryOptions({
    queryKey: ['comparisons', 'popular', { limit: HOME_COMPARISONS }] as const,
    queryFn: async ({ signal }) => (await api.comparisons.popular({ query: { limit: HOME_COMPARISONS } }, { signal })).items,
  });
}

/** Everyone's latest activity, newest first. */
export function publicFeedQuery(api: Client) {
  return queryOptions({
    queryKey: ['feed', 'public', { limit: HOME_FEED_EVENTS }] as const,
    queryFn: async ({ signal }) => (await api.feed.public({ query: { limit: HOME_FEED_EVENTS } }, { signal })).items,
  });
}

/** How many of a signed-in visitor's feed items the home page shows. */
export const HOME_FEED_ITEMS = 5;

/**
 * The newest few items of the signed-in visitor's feed. Its key starts like every view of their feed
 * (['feed', 'followed'], features/feed/feed-queries.ts), so a follow refreshes it with the others.
 */
export function latestFeedQuery(api: Client) {
  return queryOptions({
    queryKey: ['feed', 'followed', 'latest', { limit: HOME_FEED_ITEMS }] as const,
    queryFn: async ({ signal }) => (await api.feed.followed({ query: { limit: HOME_FEED_ITEMS } }, { signal })).items,
  });
}
