import { allContracts } from '@stackyard/contract';
import { Router } from 'express';
import type { AppContext } from '../context.js';
import { authenticate } from '../middleware/authenticate.js';
import { notFound } from '../middleware/error-handler.js';
import { limitAnonymousReads } from '../middleware/read-limit.js';
import { requireSameOrigin } from '../middleware/same-origin.js';
import { limitWritesPerUser } from '../middleware/write-limit.js';
import { authRouter } from './auth/auth-router.js';
import { categoriesRouter } from './categories/categories-router.js';
import { compareRouter } from './compare/compare-router.js';
import { comparisonsRouter } from './comparisons/comparisons-router.js';
import { decisionsRouter } from './decisions/decisions-router.js';
import { detectRouter } from './detect/detect-router.js';
import { dumpsRouter } from './dumps/dumps-router.js';
import { feedRouter } from './feed/feed-router.js';
import { healthRouter } from './health/health-router.js';
import { meRouter } from './me/me-router.js';
import { moderationRouter } from './moderation/moderation-router.js';
import { mountRoutes } from './mount-route.js';
import { openApiRouter } from './openapi/openapi-router.js';
import { reasonsRouter } from './reasons/reasons-router.js';
import { reportsRouter } from './reports/reports-router.js';
import { searchRouter } from './search/search-router.js';
import { stacksRouter } from './stacks/stacks-router.js';
import { toolsRouter } from './tools/tools-router.js';
import { usersRouter } from './users/users-router.js';

/**
 * Everything under /api. Each endpoint's contract is in packages/contract/src/routes/<resource>.ts and its
 * handler in routes/<resource>/<resource>-router.ts here: the URL names both.
 */
export function apiRouter(context: AppContext): Router {
  const router = Router();
  // Who is asking, then: changes only from our own origin, and no more of them than a person makes; reads
  // by someone not signed in, no more of them per address than a person makes. Each route then checks its
  // contract's access (mountRoutes), which also holds suspended accounts to reading.
  router.use(authenticate(context), requireSameOrigin(context.config), limitWritesPerUser(context), limitAnonymousReads(context));
  mountRoutes(
    router,
    '/api',
    [
      ...healthRouter(context),
      ...openApiRouter(),
      ...authRouter(context),
      ...meRouter(context),
      ...categoriesRouter(context),
      ...toolsRouter(context),
      ...compareRouter(context),
      ...comparisonsRouter(context),
      ...searchRouter(context),
      ...reasonsRouter(context),
      ...stacksRouter(context),
      ...decisionsRouter(context),
      ...usersRouter(context),
      ...feedRouter(context),
      ...reportsRouter(context),
      ...moderationRouter(context),
      ...detectRouter(context),
      ...dumpsRouter(context),
    ],
    {
      contracts: allContracts,
      checkAnswers: context.checkAnswers ?? false,
      readRouting: context.readRouting ? { routing: context.readRouting, secureCookie: context.config.production } : null,
      wrote: context.contentChanges?.wrote,
    },
  );
  router.use(notFound);
  return router;
}
