import { followResponseSchema, toolParamsSchema } from '@stackyard/domain';
import { Router } from 'express';
import { requireViewer } from '../../auth/viewer.js';
import type { AppContext } from '../../context.js';
import { inputOf } from '../../middleware/validate.js';
import { limitAction } from '../../middleware/write-limit.js';
import { setToolFollow } from '../../services/follow-service.js';
import { mountRoute } from '../mount-route.js';
import { defineRoute } from '../route-contract.js';

const BASE = '/api/v1/tools';

export const toolFollowContracts = {
  follow: defineRoute({
    method: 'put',
    path: `${BASE}/:slug/follow`,
    summary: 'Follows a tool (idempotent)',
    tags: ['follows'],
    request: { params: toolParamsSchema },
    responses: { 200: { description: 'Whether the viewer follows it, and its follower count', schema: followResponseSchema } },
    requiresSignIn: true,
  }),
  unfollow: defineRoute({
    method: 'delete',
    path: `${BASE}/:slug/follow`,
    summary: 'Stops following a tool (idempotent)',
    tags: ['follows'],
    request: { params: toolParamsSchema },
    responses: { 200: { description: 'Whether the viewer follows it, and its follower count', schema: followResponseSchema } },
    requiresSignIn: true,
  }),
};

/** PUT|DELETE /api/v1/tools/:slug/follow: idempotent, answering {following, followers}. */
export function toolFollowRouter(context: AppContext): Router {
  const { db, clock } = context;
  const router = Router();
  const { follow, unfollow } = toolFollowContracts;
  const follows = limitAction(context, 'follows');
  mountRoute(router, BASE, follow, follows, async (_req, res) => {
    res.json(await setToolFollow(db, requireViewer(res), inputOf(res, follow.request).params.slug, true, clock()));
  });
  mountRoute(router, BASE, unfollow, follows, async (_req, res) => {
    res.json(await setToolFollow(db, requireViewer(res), inputOf(res, unfollow.request).params.slug, false, clock()));
  });
  return router;
}
