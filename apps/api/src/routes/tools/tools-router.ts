import { toolListQuerySchema, toolParamsSchema } from '@stackyard/domain';
import { Router } from 'express';
import type { AppContext } from '../../context.js';
import { inputOf, validate } from '../../middleware/validate.js';
import { getTool, listCatalogue } from '../../services/tool-service.js';

const list = { query: toolListQuerySchema };
const detail = { params: toolParamsSchema };

/** GET /api/v1/tools and GET /api/v1/tools/:slug */
export function toolsRouter({ db }: AppContext): Router {
  const router = Router();

  router.get('/', validate(list), async (_req, res) => {
    const { query } = inputOf(res, list);
    res.json(await listCatalogue(db, query));
  });

  router.get('/:slug', validate(detail), async (_req, res) => {
    const { params } = inputOf(res, detail);
    res.json({ tool: await getTool(db, params.slug) });
  });

  return router;
}
