import { toolParamsSchema, trendingResponseSchema } from '@stackyard/domain';
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { inputOf } from '../../middleware/validate.js';
import { getToolAtomFeed, getTrendingTools } from '../../services/feed-service.js';
import { mountRoute } from '../mount-route.js';
import { publicOrigin } from '../public-origin.js';
import { defineRoute } from '../route-contract.js';

const BASE = '/api/v1/tools';

export const toolFeedContracts = {
  trending: defineRoute({
    method: 'get',
    path: `${BASE}/trending`,
    summary: 'Tools with the most new stacks and followers in the last 30 days',
    tags: ['feed'],
    responses: { 200: { description: 'Trending tools', schema: trendingResponseSchema } },
  }),
  atom: defineRoute({
    method: 'get',
    path: `${BASE}/:slug/feed.atom`,
    summary: 'An Atom feed of the activity around a tool, for feed readers',
    tags: ['feed'],
    request: { params: toolParamsSchema },
    responses: { 200: { description: 'application/atom+xml' } },
  }),
};

/** GET /api/v1/tools/trending and /api/v1/tools/:slug/feed.atom (mounted before /tools/:slug). */
export function toolFeedRouter({ db, config, clock }: AppContext): Router {
  const router = Router();
  const { trending, atom } = toolFeedContracts;
  mountRoute(router, BASE, trending, async (_req, res) => {
    res.json(await getTrendingTools(db, clock()));
  });
  mountRoute(router, BASE, atom, async (req, res) => {
    const xml = await getToolAtomFeed(db, inputOf(res, atom.request).params.slug, publicOrigin(req, config), clock());
    res.type('application/atom+xml').send(xml);
  });
  return router;
}
