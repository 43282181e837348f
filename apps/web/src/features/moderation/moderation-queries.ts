import type { Client } from '@stackyard/contract/browser';
import { infiniteQueryOptions } from '@tanstack/react-query';

/** How many entries one page of the public log holds. */
export const LOG_PAGE_SIZE = 25;

/** The public moderation log, newest first, one keyset page per query page. */
export function moderationLogQuery(api: Client) {
  return infiniteQueryOptions({
    queryKey: ['moderation', 'log'] as const,
    queryFn: ({ pageParam, signal }) =>
      api.moderation.log({ query: pageParam ? { cursor: pageParam, limit: LOG_PAGE_SIZE } : { limit: LOG_PAGE_SIZE } }, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

/** How many subjects one page of the moderators' queue holds. */
export const QUEUE_PAGE_SIZE = 20;

/** The key of the moderators' queue, which actions update in place. */
export const REPORT_QUEUE_KEY = ['moderation', 'queue'] as const;

/** The moderators' queue: subjects with open reports, the longest waiting first, one keyset page per query page. */
export function reportQueueQuery(api: Client) {
  return infiniteQueryOptions({
    queryKey: REPORT_QUEUE_KEY,
    queryFn: ({ pageParam, signal }) =>
      api.moderation.queue({ query: pageParam ? { cursor: pageParam, limit: QUEUE_PAGE_SIZE } : { limit: QUEUE_PAGE_SIZE } }, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}
