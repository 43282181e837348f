import { contracts } from '@stackyard/contract';
import type { AppContext } from '../../context.js';
import { checkHealth } from '../../services/health-service.js';
import { implement } from '../mount-route.js';

/** /api/health: 200 when the database answers, 503 when it does not. */
export function healthRouter({ db, engine }: AppContext) {
  return implement(contracts.health, {
    check: async () => {
      const health = await checkHealth(db, engine);
      // Every probe asks the process itself: no cache in front may answer for it.
      const headers = { 'Cache-Control': 'no-store' };
      return health.status === 'ok' ? { status: 200, body: health, headers } : { status: 503, body: health, headers };
    },
  });
}
