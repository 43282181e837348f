import { toolParamsSchema } from '@stackyard/domain';
import { Router } from 'express';
import { requireViewer } from '../../auth/viewer.js';
import type { AppContext } from '../../context.js';
import { inputOf, validate } from '../../middleware/validate.js';
import { setToolFollow } from '../../services/follow-service.js';

const target = { params: toolParamsSchema };

/** PUT|DELETE /api/v1/tools/:slug/follow: idempotent, answering {following, followers}. */
export function toolFollowRouter({ db, clock }: AppContext): Router {
  const router = Router();
  router.put('/:slug/follow', validate(target), async (_req, res) => {
    res.json(await setToolFollow(db, requireViewer(res), inputOf(res, target).params.slug, true, clock()));
  });
  router.delete('/:slug/follow', validate(target), async (_req, res) => {
    res.json(await setToolFollow(db, requireViewer(res), inputOf(res, target).params.slug, false, clock()));
  });
  return router;
}
