import { searchQuerySchema, searchResponseSchema } from '@stackyard/domain';
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { inputOf } from '../../middleware/validate.js';
import { search } from '../../services/search-service.js';
import { mountRoute } from '../mount-route.js';
import { defineRoute } from '../route-contract.js';

const BASE = '/api/v1/search';

export const searchContracts = {
  search: defineRoute({
    method: 'get',
    path: BASE,
    summary: 'Autocomplete over tools, stacks and people, ignoring case and accents',
    tags: ['search'],
    request: { query: searchQuerySchema },
    responses: { 200: { description: 'The best matches of each kind', schema: searchResponseSchema } },
  }),
};

/** GET /api/v1/search?q= */
export function searchRouter({ db }: AppContext): Router {
  const router = Router();
  mountRoute(router, BASE, searchContracts.search, async (_req, res) => {
    res.json(await search(db, inputOf(res, searchContracts.search.request).query));
  });
  return router;
}
