import { compareQuerySchema, compareResponseSchema } from '@stackyard/domain';
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { inputOf } from '../../middleware/validate.js';
import { compareTools } from '../../services/compare-service.js';
import { mountRoute } from '../mount-route.js';
import { defineRoute } from '../route-contract.js';

const BASE = '/api/v1/compare';

export const compareContracts = {
  compare: defineRoute({
    method: 'get',
    path: BASE,
    summary: '2-3 tools side by side, with shared stacks and integrations, adoption over time and related comparisons',
    tags: ['comparisons'],
    request: { query: compareQuerySchema },
    responses: { 200: { description: 'The comparison', schema: compareResponseSchema } },
  }),
};

/** GET /api/v1/compare?tools=a,b[,c] */
export function compareRouter({ db, clock, comparisonViews }: AppContext): Router {
  const router = Router();
  const { compare } = compareContracts;
  mountRoute(router, BASE, compare, async (_req, res) => {
    const { query } = inputOf(res, compare.request);
    res.json({ comparison: await compareTools(db, query.tools, clock(), comparisonViews) });
  });
  return router;
}
