import { contracts } from '@stackyard/contract';
import type { AppContext } from '../../context.js';
import { checkHealth, checkReadiness } from '../../services/health-service.js';
import { implement } from '../mount-route.js';

// Every probe asks the process itself: no cache in front may answer for it.
const headers = { 'Cache-Control': 'no-store' };

/**
 * /api/health: 200 when the database answers, 503 when it does not. /api/health/ready: also 503 while the
 * process drains. /api/health/live: 200 whenever the process answers at all. /api/metrics: for Prometheus.
 */
export function healthRouter({ db, engine, draining, metrics }: AppContext) {
  return implement(contracts.health, {
    // About this process and its primary database, never the read replica.
    check: {
      primary: true,
      handle: async () => {
        const health = await checkHealth(db, engine);
        return { status: health.status === 'ok' ? 200 : 503, body: health, headers };
      },
    },
    ready: {
      primary: true,
      handle: async () => {
        const readiness = await checkReadiness(db, engine, draining?.() ?? false);
        return { status: readiness.status === 'ready' ? 200 : 503, body: readiness, headers };
      },
    },
    live: () => Promise.resolve({ status: 200, body: { status: 'alive' }, headers }),
    metrics: async () => ({ status: 200, body: await metrics.registry.metrics(), headers }),
  });
}
