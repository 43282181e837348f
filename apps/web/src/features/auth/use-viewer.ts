import type { Account } from '@stackyard/domain';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../lib/api.js';
import { viewerQuery } from './viewer-queries.js';

/**
 * The signed-in account; null when nobody is; undefined while that is not known yet (only in the browser,
 * when the server's page did not say, so a part can wait rather than show the signed-out version first).
 */
export function useViewer(): Account | null | undefined {
  return useQuery(viewerQuery(useApi())).data;
}
