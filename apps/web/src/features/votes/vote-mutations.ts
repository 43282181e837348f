import type { VoteResult } from '@stackyard/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../lib/api.js';

/**
 * Sets the viewer's vote on a pro or con. The answer is the vote as it now stands; every page that shows
 * reasons (tool, comparison, decision) is refreshed by key afterwards so their counts agree.
 */
export function useVoteMutation() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ reasonId, voted }: { reasonId: number; voted: boolean }): Promise<VoteResult> =>
      (await api.reasons.vote({ params: { id: reasonId }, body: { value: voted ? 1 : 0 } })).reason,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['tools', 'detail'] }),
        queryClient.invalidateQueries({ queryKey: ['compare'] }),
      ]),
  });
}
