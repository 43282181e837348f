import { decisionListResponseSchema, decisionPageQuerySchema, toolParamsSchema } from '@stackyard/domain';
import { Router } from 'express';
import { viewerOf } from '../../auth/viewer.js';
import type { AppContext } from '../../context.js';
import { inputOf } from '../../middleware/validate.js';
import { listToolDecisions } from '../../services/decision-service.js';
import { mountRoute } from '../mount-route.js';
import { defineRoute } from '../route-contract.js';

const BASE = '/api/v1/tools';

export const toolDecisionContracts = {
  list: defineRoute({
    method: 'get',
    path: `${BASE}/:slug/decisions`,
    summary: 'The decisions that name a tool, newest first',
    tags: ['decisions'],
    request: { params: toolParamsSchema, query: decisionPageQuerySchema },
    responses: { 200: { description: 'A page of decisions', schema: decisionListResponseSchema } },
  }),
};

/** GET /api/v1/tools/:slug/decisions */
export function toolDecisionsRouter({ db }: AppContext): Router {
  const router = Router();
  const { list } = toolDecisionContracts;
  mountRoute(router, BASE, list, async (_req, res) => {
    const { params, query } = inputOf(res, list.request);
    res.json(await listToolDecisions(db, params.slug, query, viewerOf(res)));
  });
  return router;
}
