import { categoryTreeResponseSchema } from '@stackyard/domain';
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { getCategoryTree } from '../../services/category-service.js';
import { mountRoute } from '../mount-route.js';
import { defineRoute } from '../route-contract.js';

const BASE = '/api/v1/categories';

export const categoryContracts = {
  tree: defineRoute({
    method: 'get',
    path: BASE,
    summary: 'The taxonomy (layers > categories > functions) with how many tools each level holds',
    tags: ['tools'],
    responses: { 200: { description: 'The taxonomy tree', schema: categoryTreeResponseSchema } },
  }),
};

/** GET /api/v1/categories */
export function categoriesRouter({ db }: AppContext): Router {
  const router = Router();
  mountRoute(router, BASE, categoryContracts.tree, async (_req, res) => {
    res.json({ layers: await getCategoryTree(db) });
  });
  return router;
}
