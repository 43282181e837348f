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
