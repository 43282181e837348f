import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { checkHealth } from '../../services/health-service.js';

/** GET /api/health: 200 when the database answers, 503 when it does not. */
export function healthRouter({ db, engine }: AppContext): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    const health = await checkHealth(db, engine);
    res.status(health.status === 'ok' ? 200 : 503).json(health);
  });
  return router;
}
