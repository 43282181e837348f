import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { getCategoryTree } from '../../services/category-service.js';

/** GET /api/v1/categories */
export function categoriesRouter({ db }: AppContext): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    res.json({ layers: await getCategoryTree(db) });
  });
  return router;
}
