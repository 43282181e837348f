import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../lib/api.js';

/**
 * Sets the viewer's vote on a decision. Decisions are shown on their own page, on stacks and on profiles,
 * so all three are refreshed by key afterwards and agree on the count.
 */
export function useDecisionVoteMutation() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ decisionId, voted }: { decisionId: number; voted: boolean }) =>
      (await api.decisions.vote({ params: { id: decisionId }, body: { value: voted ? 1 : 0 } })).decision,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['decisions'] }),
        queryClient.invalidateQueries({ queryKey: ['stacks', 'detail'] }),
        queryClient.invalidateQueries({ queryKey: ['users', 'detail'] }),
      ]),
  });
}
