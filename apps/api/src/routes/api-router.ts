import { Router } from 'express';
import type { AppContext } from '../context.js';
import { notFound } from '../middleware/error-handler.js';
import { categoriesRouter } from './categories/categories-router.js';
import { healthRouter } from './health/health-router.js';
import { toolsRouter } from './tools/tools-router.js';

/** Everything under /api: the URL of an endpoint names the folder of its router. */
export function apiRouter(context: AppContext): Router {
  const router = Router();
  router.use('/health', healthRouter(context));
  router.use('/v1/categories', categoriesRouter(context));
  router.use('/v1/tools', toolsRouter(context));
  router.use(notFound);
  return router;
}
