import type { Account, ApiToken, Profile, SessionSummary } from '@stackyard/domain';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useApi } from '../../lib/api.js';
import { switchViewer, VIEWER_KEY } from '../auth/viewer-queries.js';
import type { PasswordBody, ProfileBody, TokenBody } from './settings-forms.js';
import { SESSIONS_KEY, TOKENS_KEY } from './settings-queries.js';

/**
 * Saves the profile. The answer is the account: the viewer's cache takes it at once (the header's name and
 * picture change), and the profile pages cached under this username take its new fields and are marked stale.
 */
export function useUpdateProfileMutation() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ProfileBody) => (await api.me.update({ body })).user,
    onSuccess: async (user) => {
      queryClient.setQueryData<Account | null>(VIEWER_KEY, user);
      await refreshProfile(queryClient, user);
    },
  });
}

/** The profile page is cached under the URL's spelling of the username, which may differ in case. */
async function refreshProfile(queryClient: QueryClient, user: Account): Promise<void> {
  const isTheirs = (key: readonly unknown[]) => typeof key[2] === 'string' && key[2].toLowerCase() === user.username.toLowerCase();
  const filters = { queryKey: ['users', 'detail'], predicate: (query: { queryKey: readonly unknown[] }) => isTheirs(query.queryKey) };
  queryClient.setQueriesData<Profile>(filters, (profile) =>
    profile && { ...profile, user: { ...profile.user, displayName: user.displayName, bio: user.bio, avatarUrl: user.avatarUrl, websiteUrl: user.websiteUrl } },
  );
  await queryClient.invalidateQueries(filters);
}

/** Changes the password; the server ends every other session and revokes every token, so both lists are refetched. */
export function useChangePasswordMutation() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PasswordBody) => api.me.changePassword({ body }),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: SESSIONS_KEY }), queryClient.invalidateQueries({ queryKey: TOKENS_KEY })]),
  });
}

/** Signs one other session out; it leaves the list at once, and the list is read again to agree with the server. */
export function useEndSessionMutation() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.me.endSession({ params: { id } }),
    onSuccess: (_nothing, id) => queryClient.setQueryData<SessionSummary[]>(SESSIONS_KEY, (sessions) => sessions?.filter((session) => session.id !== id)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: SESSIONS_KEY }),
  });
}

/** Signs out every session but this browser's. */
export function useEndOtherSessionsMutation() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.me.endOtherSessions(),
    onSuccess: () => queryClient.setQueryData<SessionSummary[]>(SESSIONS_KEY, (sessions) => sessions?.filter((session) => session.current)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: SESSIONS_KEY }),
  });
}

/**
 * Creates a token. The answer carries its secret, which the page shows once from the mutation's result
 * and never puts in the cache; the list takes the token (name and dates only).
 */
export function useCreateTokenMutation() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TokenBody) => api.me.createToken({ body }),
    onSuccess: ({ token }) => queryClient.setQueryData<ApiToken[]>(TOKENS_KEY, (tokens) => [token, ...(tokens ?? []).filter((other) => other.id !== token.id)]),
    onSettled: () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
}

/** Revokes a token: whatever used it is refused from now on. */
export function useRevokeTokenMutation() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.me.revokeToken({ params: { id } }),
    onSuccess: (_nothing, id) => queryClient.setQueryData<ApiToken[]>(TOKENS_KEY, (tokens) => tokens?.filter((token) => token.id !== id)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
}

/**
 * Deletes the account. The server ends the session and clears its cookie; everything cached was this
 * account's view, so the cache goes as when signing out (auth-mutations.ts), and the visitor goes home.
 */
export function useDeleteAccountMutation() {
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (password: string | undefined) => api.me.remove({ body: password === undefined ? {} : { password } }),
    onSuccess: async () => {
      switchViewer(queryClient, null);
      await navigate('/', { replace: true });
    },
  });
}
