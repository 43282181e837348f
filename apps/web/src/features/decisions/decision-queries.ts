import type { Client } from '@stackyard/contract/browser';
import { queryOptions } from '@tanstack/react-query';

export function decisionQuery(api: Client, id: number) {
  return queryOptions({
    queryKey: ['decisions', 'detail', id] as const,
    queryFn: async ({ signal }) => (await api.decisions.get({ params: { id } }, { signal })).decision,
  });
}
