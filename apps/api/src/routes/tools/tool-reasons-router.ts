import { createReasonRequestSchema, toolParamsSchema } from '@stackyard/domain';
import { Router } from 'express';
import { requireViewer } from '../../auth/viewer.js';
import type { AppContext } from '../../context.js';
import { inputOf, validate } from '../../middleware/validate.js';
import { addReason } from '../../services/reason-service.js';

const create = { params: toolParamsSchema, body: createReasonRequestSchema };

/** POST /api/v1/tools/:slug/reasons */
export function toolReasonsRouter({ db, clock }: AppContext): Router {
  const router = Router();
  router.post('/:slug/reasons', validate(create), async (_req, res) => {
    const viewer = requireViewer(res);
    const { params, body } = inputOf(res, create);
    res.status(201).json({ reason: await addReason(db, viewer, params.slug, body, clock()) });
  });
  return router;
}
