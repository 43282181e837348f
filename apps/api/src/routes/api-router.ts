import { Router } from 'express';
import type { AppContext } from '../context.js';
import { authenticate } from '../middleware/authenticate.js';
import { notFound } from '../middleware/error-handler.js';
import { refuseSuspendedWriters } from '../middleware/refuse-suspended.js';
import { limitWritesPerUser } from '../middleware/write-limit.js';
import { requireSameOrigin } from '../middleware/same-origin.js';
import { authRouter } from './auth/auth-router.js';
import { apiContracts } from './api-contracts.js';
import { categoriesRouter } from './categories/categories-router.js';
import { compareRouter } from './compare/compare-router.js';
import { decisionsRouter } from './decisions/decisions-router.js';
import { feedRouter } from './feed/feed-router.js';
import { comparisonsRouter } from './comparisons/comparisons-router.js';
import { healthRouter } from './health/health-router.js';
import { meRouter } from './me/me-router.js';
import { moderationRouter } from './moderation/moderation-router.js';
import { openApiRouter } from './openapi/openapi-router.js';
import { reasonsRouter } from './reasons/reasons-router.js';
import { reportsRouter } from './reports/reports-router.js';
import { searchRouter } from './search/search-router.js';
import { stacksRouter } from './stacks/stacks-router.js';
import { toolDecisionsRouter } from './tools/tool-decisions-router.js';
import { toolFeedRouter } from './tools/tool-feed-router.js';
import { toolFollowRouter } from './tools/tool-follow-router.js';
import { toolReasonsRouter } from './tools/tool-reasons-router.js';
import { toolsRouter } from './tools/tools-router.js';
import { usersRouter } from './users/users-router.js';

/** Everything under /api: the URL of an endpoint names the folder of its router. */
export function apiRouter(context: AppContext): Router {
  const router = Router();
  // Who is asking, then: changes only from our own origin, by someone not suspended, and no more of them
  // than a person makes.
  router.use(authenticate(context), requireSameOrigin(context.config), refuseSuspendedWriters, limitWritesPerUser(context));
  router.use('/health', healthRouter(context));
  router.use('/v1/auth', authRouter(context));
  router.use('/v1/me', meRouter(context));
  router.use('/v1/categories', categoriesRouter(context));
  // /tools/trending before /tools/:slug, which would otherwise take "trending" for a tool.
  router.use(
    '/v1/tools',
    toolFeedRouter(context),
    toolsRouter(context),
    toolReasonsRouter(context),
    toolFollowRouter(context),
    toolDecisionsRouter(context),
  );
  router.use('/v1/reasons', reasonsRouter(context));
  router.use('/v1/compare', compareRouter(context));
  router.use('/v1/comparisons', comparisonsRouter(context));
  router.use('/v1/search', searchRouter(context));
  router.use('/v1/stacks', stacksRouter(context));
  router.use('/v1/decisions', decisionsRouter(context));
  router.use('/v1/users', usersRouter(context));
  router.use('/v1/feed', feedRouter(context));
  router.use('/v1/reports', reportsRouter(context));
  router.use('/v1/moderation', moderationRouter(context));
  router.use('/v1/openapi.json', openApiRouter(apiContracts));
  router.use(notFound);
  return router;
}
