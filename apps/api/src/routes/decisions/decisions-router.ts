import {
  createDecisionRequestSchema,
  decisionParamsSchema,
  decisionResponseSchema,
  voteRequestSchema,
  voteResponseSchema,
} from '@stackyard/domain';
import { Router } from 'express';
import { requireViewer, viewerOf } from '../../auth/viewer.js';
import type { AppContext } from '../../context.js';
import { inputOf } from '../../middleware/validate.js';
import { limitAction } from '../../middleware/write-limit.js';
import { getDecision, postDecision, setDecisionVote } from '../../services/decision-service.js';
import { mountRoute } from '../mount-route.js';
import { defineRoute } from '../route-contract.js';

const BASE = '/api/v1/decisions';

export const decisionContracts = {
  create: defineRoute({
    method: 'post',
    path: BASE,
    summary: '"Why we chose X over Y": Markdown (20-5,000 characters) about 1-10 tools, optionally within one of your stacks',
    tags: ['decisions'],
    request: { body: createDecisionRequestSchema },
    responses: { 201: { description: 'The decision, its Markdown rendered safely', schema: decisionResponseSchema } },
    requiresSignIn: true,
  }),
  get: defineRoute({
    method: 'get',
    path: `${BASE}/:id`,
    summary: 'One decision',
    tags: ['decisions'],
    request: { params: decisionParamsSchema },
    responses: { 200: { description: 'The decision', schema: decisionResponseSchema } },
  }),
  vote: defineRoute({
    method: 'put',
    path: `${BASE}/:id/vote`,
    summary: "Sets the viewer's vote on a decision: 1 votes, 0 takes it back (idempotent)",
    tags: ['decisions'],
    request: { params: decisionParamsSchema, body: voteRequestSchema },
    responses: { 200: { description: 'The vote as it now stands', schema: voteResponseSchema } },
    requiresSignIn: true,
  }),
};

/** POST /api/v1/decisions, GET /api/v1/decisions/:id and PUT /api/v1/decisions/:id/vote */
export function decisionsRouter(context: AppContext): Router {
  const { db, clock } = context;
  const router = Router();
  const c = decisionContracts;
  mountRoute(router, BASE, c.create, limitAction(context, 'decisions'), async (_req, res) => {
    res.status(201).json({ decision: await postDecision(db, requireViewer(res), inputOf(res, c.create.request).body, clock()) });
  });
  mountRoute(router, BASE, c.get, async (_req, res) => {
    res.json({ decision: await getDecision(db, inputOf(res, c.get.request).params.id, viewerOf(res)) });
  });
  mountRoute(router, BASE, c.vote, limitAction(context, 'votes'), async (_req, res) => {
    const { params, body } = inputOf(res, c.vote.request);
    res.json({ decision: await setDecisionVote(db, requireViewer(res), params.id, body.value, clock()) });
  });
  return router;
}
