import { contracts } from '@stackyard/contract';
import type { AppContext } from '../../context.js';
import { checkHealth } from '../../services/health-service.js';
import { implement } from '../mount-route.js';

/** /api/health: 200 when the database answers, 503 when it does not. */
export function healthRouter({ db, engine }: AppContext) {
  return implement(contracts.health, {
    check: async () => {
      const health = await checkHealth(db, engine);
      return health.status === 'ok' ? { status: 200, body: health } : { status: 503, body: health };
    },
  });
}
