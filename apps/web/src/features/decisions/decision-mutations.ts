import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../lib/api.js';
import { usePending } from '../../lib/use-pending.js';

/**
 * Sets the viewer's vote on a decision. Decisions are shown on their own page, on stacks and on profiles,
 * so all three are refreshed by key afterwards, refused or not, and agree on the count.
 */
export function useDecisionVote() {
  const api = useApi();
  const queryClient = useQueryClient();
  return usePending(async ({ decisionId, voted }: { decisionId: number; voted: boolean }) => {
    try {
      return (await api.decisions.vote({ params: { id: decisionId }, body: { value: voted ? 1 : 0 } })).decision;
    } finally {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['decisions'] }),
        queryClient.invalidateQueries({ queryKey: ['stacks', 'detail'] }),
        queryClient.invalidateQueries({ queryKey: ['users', 'detail'] }),
      ]);
    }
  });
}
