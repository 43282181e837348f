import { Router } from 'express';
import type { AppContext } from '../context.js';
import { authenticate } from '../middleware/authenticate.js';
import { notFound } from '../middleware/error-handler.js';
import { limitWritesPerUser } from '../middleware/write-limit.js';
import { requireSameOrigin } from '../middleware/same-origin.js';
import { authRouter } from './auth/auth-router.js';
import { categoriesRouter } from './categories/categories-router.js';
import { healthRouter } from './health/health-router.js';
import { meRouter } from './me/me-router.js';
import { reasonsRouter } from './reasons/reasons-router.js';
import { toolFollowRouter } from './tools/tool-follow-router.js';
import { toolReasonsRouter } from './tools/tool-reasons-router.js';
import { toolsRouter } from './tools/tools-router.js';

/** Everything under /api: the URL of an endpoint names the folder of its router. */
export function apiRouter(context: AppContext): Router {
  const router = Router();
  // Who is asking, then: changes only from our own origin, and no more of them than a person makes.
  router.use(authenticate(context), requireSameOrigin(context.config), limitWritesPerUser(context));
  router.use('/health', healthRouter(context));
  router.use('/v1/auth', authRouter(context));
  router.use('/v1/me', meRouter(context));
  router.use('/v1/categories', categoriesRouter(context));
  router.use('/v1/tools', toolsRouter(context), toolReasonsRouter(context), toolFollowRouter(context));
  router.use('/v1/reasons', reasonsRouter(context));
  router.use(notFound);
  return router;
}
