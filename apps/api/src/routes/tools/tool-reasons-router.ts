import { createReasonRequestSchema, reasonResponseSchema, toolParamsSchema } from '@stackyard/domain';
import { Router } from 'express';
import { requireViewer } from '../../auth/viewer.js';
import type { AppContext } from '../../context.js';
import { inputOf } from '../../middleware/validate.js';
import { limitAction } from '../../middleware/write-limit.js';
import { addReason } from '../../services/reason-service.js';
import { mountRoute } from '../mount-route.js';
import { defineRoute } from '../route-contract.js';

const BASE = '/api/v1/tools';

export const toolReasonContracts = {
  create: defineRoute({
    method: 'post',
    path: `${BASE}/:slug/reasons`,
    summary: "Adds a pro or con to a tool, with the author's vote; the same text in any case is a 409 carrying the existing one",
    tags: ['reasons'],
    request: { params: toolParamsSchema, body: createReasonRequestSchema },
    responses: { 201: { description: 'The new pro or con', schema: reasonResponseSchema } },
    requiresSignIn: true,
  }),
};

/** POST /api/v1/tools/:slug/reasons */
export function toolReasonsRouter(context: AppContext): Router {
  const { db, clock } = context;
  const router = Router();
  const { create } = toolReasonContracts;
  mountRoute(router, BASE, create, limitAction(context, 'reasons'), async (_req, res) => {
    const viewer = requireViewer(res);
    const { params, body } = inputOf(res, create.request);
    res.status(201).json({ reason: await addReason(db, viewer, params.slug, body, clock()) });
  });
  return router;
}
