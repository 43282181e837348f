import type { Client } from '@stackyard/contract/browser';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';

/** Every answer that shows the viewer's feed starts with this key: invalidate it and all of them refresh. */
export const FOLLOWED_FEED_KEY = ['feed', 'followed'] as const;
/** Items per page of /feed. */
export const FEED_PAGE_SIZE = 20;
/** Tools and people an empty feed suggests following. */
export const SUGGESTED_TOOLS = 6;
export const SUGGESTED_PEOPLE = 6;

/** What the viewer follows has been doing, newest first, a keyset page at a time. */
export function followedFeedQuery(api: Client) {
  return infiniteQueryOptions({
    queryKey: [...FOLLOWED_FEED_KEY, 'pages', { limit: FEED_PAGE_SIZE }] as const,
    queryFn: ({ pageParam, signal }) =>
      api.feed.followed({ query: { limit: FEED_PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } }, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

/**
 * Whom and what an empty feed suggests following: the most popular tools and the most followed people, and
 * which of those tools the viewer already follows (their profile lists what they follow), so each button
 * starts in the state the server knows.
 */
export function feedSuggestionsQuery(api: Client, username: string) {
  return queryOptions({
    queryKey: ['feed', 'suggestions', username] as const,
    queryFn: async ({ signal }) => {
      const [tools, people, profile] = await Promise.all([
        api.tools.list({ query: { sort: 'popular', limit: SUGGESTED_TOOLS } }, { signal }),
        api.users.popular({ query: { limit: SUGGESTED_PEOPLE } }, { signal }),
        api.users.get({ params: { username } }, { signal }),
      ]);
      const followed = new Set(profile.following.tools.map((tool) => tool.slug));
      return {
        tools: tools.items.map((tool) => ({ ...tool, following: followed.has(tool.slug) })),
        people: people.items,
      };
    },
  });
}
