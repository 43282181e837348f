import type { Client } from '@stackyard/contract/browser';
import { ApiError } from '@stackyard/contract/browser';
import { queryOptions } from '@tanstack/react-query';

/** A person's profile: who they are, their stacks and decisions, what they follow, and the viewer's follow. */
export function profileQuery(api: Client, username: string) {
  return queryOptions({
    queryKey: ['users', 'detail', username] as const,
    queryFn: ({ signal }) => api.users.get({ params: { username } }, { signal }),
  });
}

/**
 * The signed-in visitor's username, or null when nobody is signed in. Only the username is kept: the page's
 * cache is written into its HTML, and the account's email has no business there.
 */
export function viewerUsernameQuery(api: Client) {
  return queryOptions({
    queryKey: ['me', 'username'] as const,
    queryFn: async ({ signal }) => {
      try {
        return (await api.me.get(undefined, { signal })).user.username;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
  });
}
