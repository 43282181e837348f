import { ApiError, type Client } from '@stackyard/contract/browser';
import type { Account } from '@stackyard/domain';
import { queryOptions, type QueryClient } from '@tanstack/react-query';

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

/**
 * Someone else is signed in now (`viewer`), or nobody (null): after signing in, up or out, or deleting the
 * account. Everything else cached was read as the one before, so it goes. The viewer's own entry is
 * written in place rather than removed and made again, so the header and every signed-in part watching it
 * hear the change in the very render that drops the last account's data: none of them is left on the page
 * to ask for that account's feed with a session that has already ended.
 */
export function switchViewer(queries: QueryClient, viewer: Account | null): void {
  queries.setQueryData<Account | null>(VIEWER_KEY, viewer);
  queries.removeQueries({ predicate: (query) => query.queryKey[0] !== VIEWER_KEY[0] });
  queries.getMutationCache().clear();
}
