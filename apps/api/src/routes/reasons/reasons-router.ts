import {
  reasonParamsSchema,
  reasonResponseSchema,
  updateReasonRequestSchema,
  voteRequestSchema,
  voteResponseSchema,
} from '@stackyard/domain';
import { Router } from 'express';
import { requireViewer } from '../../auth/viewer.js';
import type { AppContext } from '../../context.js';
import { inputOf } from '../../middleware/validate.js';
import { limitAction } from '../../middleware/write-limit.js';
import { editReason } from '../../services/reason-service.js';
import { setReasonVote } from '../../services/vote-service.js';
import { mountRoute } from '../mount-route.js';
import { defineRoute } from '../route-contract.js';

const BASE = '/api/v1/reasons';

export const reasonContracts = {
  vote: defineRoute({
    method: 'put',
    path: `${BASE}/:id/vote`,
    summary: "Sets the viewer's vote on a pro or con: 1 votes, 0 takes it back (idempotent, never a toggle)",
    tags: ['reasons'],
    request: { params: reasonParamsSchema, body: voteRequestSchema },
    responses: { 200: { description: 'The vote as it now stands', schema: voteResponseSchema } },
    requiresSignIn: true,
  }),
  edit: defineRoute({
    method: 'patch',
    path: `${BASE}/:id`,
    summary: 'Rewords a pro or con; only its author, and only while nobody else has voted for it',
    tags: ['reasons'],
    request: { params: reasonParamsSchema, body: updateReasonRequestSchema },
    responses: { 200: { description: 'The reworded pro or con', schema: reasonResponseSchema } },
    requiresSignIn: true,
  }),
};

/** PUT /api/v1/reasons/:id/vote and PATCH /api/v1/reasons/:id */
export function reasonsRouter(context: AppContext): Router {
  const { db, clock } = context;
  const router = Router();
  const { vote, edit } = reasonContracts;

  mountRoute(router, BASE, vote, limitAction(context, 'votes'), async (_req, res) => {
    const viewer = requireViewer(res);
    const { params, body } = inputOf(res, vote.request);
    res.json({ reason: await setReasonVote(db, viewer, params.id, body.value, clock()) });
  });

  mountRoute(router, BASE, edit, limitAction(context, 'reasons'), async (_req, res) => {
    const viewer = requireViewer(res);
    const { params, body } = inputOf(res, edit.request);
    res.json({ reason: await editReason(db, viewer, params.id, body.text, clock()) });
  });

  return router;
}
