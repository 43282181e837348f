import type { ListRest, Reason, ReasonKind, ToolLink } from '@stackyard/domain';
import { useApi } from '../../lib/api.js';
import { useListRest } from '../../lib/use-list-rest.js';

/** A tool's pros or cons: the first few its page came with, then the rest from its reasons list on request. */
export function useReasonsRest(slug: string, kind: ReasonKind, first: Reason[], rest: ListRest) {
  const api = useApi();
  return useListRest(first, rest, (cursor) => api.tools.reasons({ params: { slug }, query: { kind, cursor, limit: 20 } }));
}

/** A tool's integrations: the first few its page came with, then the rest from its integrations list on request. */
export function useIntegrationsRest(slug: string, first: ToolLink[], rest: ListRest) {
  const api = useApi();
  return useListRest(first, rest, (cursor) => api.tools.integrations({ params: { slug }, query: { cursor, limit: 48 } }));
}
