import { feedQuerySchema, feedResponseSchema } from '@stackyard/domain';
import { Router } from 'express';
import { requireViewer } from '../../auth/viewer.js';
import type { AppContext } from '../../context.js';
import { inputOf } from '../../middleware/validate.js';
import { getFollowedFeed, getPublicFeed } from '../../services/feed-service.js';
import { mountRoute } from '../mount-route.js';
import { defineRoute } from '../route-contract.js';

const BASE = '/api/v1/feed';

export const feedContracts = {
  followed: defineRoute({
    method: 'get',
    path: BASE,
    summary: 'What the tools, stacks and people the viewer follows have been doing, newest first',
    tags: ['feed'],
    request: { query: feedQuerySchema },
    responses: { 200: { description: 'A page of feed items', schema: feedResponseSchema } },
    requiresSignIn: true,
  }),
  public: defineRoute({
    method: 'get',
    path: `${BASE}/public`,
    summary: "Everyone's recent activity, newest first",
    tags: ['feed'],
    request: { query: feedQuerySchema },
    responses: { 200: { description: 'A page of feed items', schema: feedResponseSchema } },
  }),
};

/** GET /api/v1/feed and /api/v1/feed/public */
export function feedRouter({ db }: AppContext): Router {
  const router = Router();
  const { followed, public: everyone } = feedContracts;
  mountRoute(router, BASE, followed, async (_req, res) => {
    const viewer = requireViewer(res);
    const { query } = inputOf(res, followed.request);
    res.json(await getFollowedFeed(db, viewer.id, query.cursor, query.limit));
  });
  mountRoute(router, BASE, everyone, async (_req, res) => {
    const { query } = inputOf(res, everyone.request);
    res.json(await getPublicFeed(db, query.cursor, query.limit));
  });
  return router;
}
