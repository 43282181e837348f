import type { CreateDecisionRequest } from '@stackyard/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../lib/api.js';
import { decisionQuery } from './decision-queries.js';

/**
 * Posts a decision. Its page is then already in the cache; every list that shows decisions (its tools' pages,
 * its stack, the author's profile, feeds) is refreshed by key.
 */
export function useCreateDecisionMutation() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: CreateDecisionRequest) => (await api.decisions.create({ body: request })).decision,
    onSuccess: (decision) => {
      queryClient.setQueryData(decisionQuery(api, decision.id).queryKey, decision);
      return Promise.all([
        ...decision.tools.map((tool) => queryClient.invalidateQueries({ queryKey: ['tools', 'detail', tool.slug] })),
        queryClient.invalidateQueries({ queryKey: ['stacks', 'detail'] }),
        queryClient.invalidateQueries({ queryKey: ['users', 'detail'] }),
        queryClient.invalidateQueries({ queryKey: ['feed'] }),
      ]);
    },
  });
}
