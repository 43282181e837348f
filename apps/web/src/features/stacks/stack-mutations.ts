import type { CreateStackRequest, UpdateStackRequest } from '@stackyard/domain';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useApi } from '../../lib/api.js';

/**
 * A stack's tools are counted on each tool's page (stacks_count, the stacks using it) and its owner's
 * profile lists it: after any change those are refreshed by key, so every page agrees without a reload.
 */
function refreshAround(queryClient: QueryClient, owner: string, toolSlugs: Iterable<string>) {
  const slugs = [...new Set(toolSlugs)];
  return Promise.all([
    // Under every spelling of the owner's name a profile was opened with.
    queryClient.invalidateQueries({ queryKey: ['users', 'detail'], predicate: (query) => String(query.queryKey[2]).toLowerCase() === owner.toLowerCase() }),
    ...slugs.flatMap((slug) => [
      queryClient.invalidateQueries({ queryKey: ['tools', 'detail', slug] }),
      queryClient.invalidateQueries({ queryKey: ['tools', 'stacks', slug] }),
    ]),
    // Comparisons and the home page count and list stacks too.
    queryClient.invalidateQueries({ queryKey: ['compare'] }),
    queryClient.invalidateQueries({ queryKey: ['feed'] }),
  ]);
}

/** Shares a new stack; resolves to where it lives. */
export function useCreateStackMutation() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateStackRequest) => (await api.stacks.create({ body })).stack,
    onSuccess: (stack, body) => refreshAround(queryClient, stack.owner, body.tools.map((tool) => tool.slug)),
  });
}

interface StackAddress {
  owner: string;
  slug: string;
}

/** Changes a stack; the tools it had before and those it has now both see their counts move. */
export function useUpdateStackMutation(address: StackAddress, previousTools: string[]) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: UpdateStackRequest) => (await api.stacks.update({ params: address, body })).stack,
    onSuccess: async (stack, body) => {
      // The page the editor goes to next shows the answer at once, under the key it reads.
      queryClient.setQueryData(['stacks', 'detail', address.owner, address.slug], stack);
      await refreshAround(queryClient, stack.owner.username, [...previousTools, ...(body.tools ?? []).map((tool) => tool.slug)]);
    },
  });
}

/**
 * Deletes a stack, then `leave`s its pages (to the owner's profile): only once nothing shows the stack any
 * more does its cache go (a page still showing it would fetch it again and find a 404). The owner's profile and
 * its tools' pages are refreshed.
 */
export function useDeleteStackMutation(address: StackAddress, toolSlugs: string[], leave: () => Promise<void> | void) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.stacks.remove({ params: address }),
    onSuccess: async () => {
      await refreshAround(queryClient, address.owner, toolSlugs);
      await leave();
      queryClient.removeQueries({ queryKey: ['stacks', 'detail', address.owner, address.slug] });
    },
  });
}
