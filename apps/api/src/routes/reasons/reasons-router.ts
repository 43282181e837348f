import { contracts } from '@stackyard/contract';
import type { AppContext } from '../../context.js';
import { limitAction } from '../../middleware/write-limit.js';
import { editReason } from '../../services/reason-service.js';
import { setReasonVote } from '../../services/vote-service.js';
import { implement } from '../mount-route.js';

/** /api/v1/reasons/:id and its vote. */
export function reasonsRouter(context: AppContext) {
  const { db, clock } = context;
  return implement(contracts.reasons, {
    vote: {
      use: [limitAction(context, 'votes')],
      handle: async ({ params, body, viewer }) => ({ status: 200, body: { reason: await setReasonVote(db, viewer, params.id, body.value, clock()) } }),
    },
    edit: {
      use: [limitAction(context, 'reasons')],
      handle: async ({ params, body, viewer }) => ({ status: 200, body: { reason: await editReason(db, viewer, params.id, body.text, clock()) } }),
    },
  });
}
