import type { Client } from '@stackyard/contract/browser';
import { queryOptions } from '@tanstack/react-query';

/** Every key of the settings page starts here; the account itself is the viewer's (VIEWER_KEY). */
export const SESSIONS_KEY = ['me', 'sessions'] as const;
export const TOKENS_KEY = ['me', 'tokens'] as const;

/** Where the account is signed in, this browser among them (`current`). */
export function sessionsQuery(api: Client) {
  return queryOptions({
    queryKey: SESSIONS_KEY,
    queryFn: async ({ signal }) => (await api.me.sessions(undefined, { signal })).sessions,
  });
}

/** The account's API tokens: names and dates, never their secrets. */
export function tokensQuery(api: Client) {
  return queryOptions({
    queryKey: TOKENS_KEY,
    queryFn: async ({ signal }) => (await api.me.tokens(undefined, { signal })).tokens,
  });
}
