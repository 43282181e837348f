import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMatches, useNavigate, useRevalidator } from 'react-router';
import { useApi } from '../../lib/api.js';
import { switchViewer } from './viewer-queries.js';

/**
 * Signs out: the API ends the session and clears its cookie; everything cached was this account's view, so
 * the cache goes too. A private page leads home; a public one is loaded again as a visitor sees it.
 */
export function useSignOutMutation() {
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const revalidator = useRevalidator();
  const onPrivatePage = useMatches().some((match) => (match.handle as { private?: boolean } | undefined)?.private);
  return useMutation({
    // A read sent with the session that is ending would come back 401: stop those before the session goes.
    onMutate: () => queryClient.cancelQueries(),
    mutationFn: () => api.auth.logout(),
    onSuccess: async () => {
      switchViewer(queryClient, null);
      if (onPrivatePage) await navigate('/', { replace: true });
      else await revalidator.revalidate();
    },
  });
}
