import { popularComparisonsQuerySchema, popularComparisonsResponseSchema } from '@stackyard/domain';
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { inputOf } from '../../middleware/validate.js';
import { listPopular } from '../../services/compare-service.js';
import { mountRoute } from '../mount-route.js';
import { defineRoute } from '../route-contract.js';

const BASE = '/api/v1/comparisons';

export const comparisonContracts = {
  popular: defineRoute({
    method: 'get',
    path: `${BASE}/popular`,
    summary: 'The most viewed comparisons (views are saved every few seconds), keyset-paginated',
    tags: ['comparisons'],
    request: { query: popularComparisonsQuerySchema },
    responses: { 200: { description: 'A page of comparisons', schema: popularComparisonsResponseSchema } },
  }),
};

/** GET /api/v1/comparisons/popular */
export function comparisonsRouter({ db }: AppContext): Router {
  const router = Router();
  const { popular } = comparisonContracts;
  mountRoute(router, BASE, popular, async (_req, res) => {
    res.json(await listPopular(db, inputOf(res, popular.request).query));
  });
  return router;
}
