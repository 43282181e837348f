import { reasonParamsSchema, updateReasonRequestSchema, voteRequestSchema } from '@stackyard/domain';
import { Router } from 'express';
import { requireViewer } from '../../auth/viewer.js';
import type { AppContext } from '../../context.js';
import { inputOf, validate } from '../../middleware/validate.js';
import { editReason } from '../../services/reason-service.js';
import { setReasonVote } from '../../services/vote-service.js';

const vote = { params: reasonParamsSchema, body: voteRequestSchema };
const edit = { params: reasonParamsSchema, body: updateReasonRequestSchema };

/** PUT /api/v1/reasons/:id/vote and PATCH /api/v1/reasons/:id */
export function reasonsRouter({ db, clock }: AppContext): Router {
  const router = Router();

  router.put('/:id/vote', validate(vote), async (_req, res) => {
    const viewer = requireViewer(res);
    const { params, body } = inputOf(res, vote);
    res.json({ reason: await setReasonVote(db, viewer, params.id, body.value, clock()) });
  });

  router.patch('/:id', validate(edit), async (_req, res) => {
    const viewer = requireViewer(res);
    const { params, body } = inputOf(res, edit);
    res.json({ reason: await editReason(db, viewer, params.id, body.text, clock()) });
  });

  return router;
}
