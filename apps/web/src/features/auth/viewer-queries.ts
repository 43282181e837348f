import { ApiError, type Client } from '@stackyard/contract/browser';
import type { Account } from '@stackyard/domain';
import { queryOptions } from '@tanstack/react-query';

/** The cache key of the signed-in account (null: nobody is signed in). */
export const VIEWER_KEY = ['viewer'] as const;

/**
 * Who is signed in, as the API sees the session cookie: the account, or null when there is none (or it has
 * ended). Every signed-in part of the site reads this one query, so signing in or out changes them together.
 */
export function viewerQuery(api: Client) {
  return queryOptions({
    queryKey: VIEWER_KEY,
    // The signal lets cancelQueries (signing out) abort a read in flight, so it never comes back 401.
    queryFn: async ({ signal }): Promise<Account | null> => {
      try {
        return (await api.me.get(undefined, { signal })).user;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    // The account changes only by the viewer's own hand, and those changes write the cache themselves.
    staleTime: 5 * 60_000,
  });
}
