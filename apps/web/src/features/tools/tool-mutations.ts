import type { ReasonKind } from '@stackyard/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../lib/api.js';

/** Adds a pro or con (with the author's vote), then refreshes the tool and the comparisons showing it. */
export function useAddReasonMutation(slug: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { kind: ReasonKind; text: string }) => (await api.tools.addReason({ params: { slug }, body: input })).reason,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['tools', 'detail', slug] }),
        queryClient.invalidateQueries({ queryKey: ['compare'] }),
      ]),
  });
}
