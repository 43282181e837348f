import { contracts } from '@stackyard/contract';
import type { AppContext } from '../../context.js';
import { listPopular } from '../../services/compare-service.js';
import { implement } from '../mount-route.js';

/** /api/v1/comparisons/popular */
export function comparisonsRouter({ db }: AppContext) {
  return implement(contracts.comparisons, {
    popular: async ({ query }) => ({ status: 200, body: await listPopular(db, query) }),
  });
}
