import type { VoteResult } from '@stackyard/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../lib/api.js';
import { usePending } from '../../lib/use-pending.js';

/**
 * Sets the viewer's vote on a pro or con. The answer is the vote as it now stands; every page that shows
 * reasons (tool, comparison, decision) is refreshed by key afterwards, refused or not, so their counts agree.
 */
export function useVote() {
  const api = useApi();
  const queryClient = useQueryClient();
  return usePending(async ({ reasonId, voted }: { reasonId: number; voted: boolean }): Promise<VoteResult> => {
    try {
      return (await api.reasons.vote({ params: { id: reasonId }, body: { value: voted ? 1 : 0 } })).reason;
    } finally {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['tools', 'detail'] }),
        queryClient.invalidateQueries({ queryKey: ['compare'] }),
      ]);
    }
  });
}
