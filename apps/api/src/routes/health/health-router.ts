import { healthResponseSchema } from '@stackyard/domain';
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { checkHealth } from '../../services/health-service.js';
import { mountRoute } from '../mount-route.js';
import { defineRoute } from '../route-contract.js';

const BASE = '/api/health';

export const healthContracts = {
  health: defineRoute({
    method: 'get',
    path: BASE,
    summary: 'Liveness and database reachability',
    tags: ['operations'],
    responses: {
      200: { description: 'Up, and the database answers', schema: healthResponseSchema },
      503: { description: 'Up, but the database does not answer', schema: healthResponseSchema },
    },
  }),
};

/** GET /api/health: 200 when the database answers, 503 when it does not. */
export function healthRouter({ db, engine }: AppContext): Router {
  const router = Router();
  mountRoute(router, BASE, healthContracts.health, async (_req, res) => {
    const health = await checkHealth(db, engine);
    res.status(health.status === 'ok' ? 200 : 503).json(health);
  });
  return router;
}
