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
