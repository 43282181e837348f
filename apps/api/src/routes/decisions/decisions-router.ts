import { contracts } from '@stackyard/contract';
import type { AppContext } from '../../context.js';
import { limitAction } from '../../middleware/write-limit.js';
import { getDecision, postDecision, setDecisionVote } from '../../services/decision-service.js';
import { implement } from '../mount-route.js';

/** /api/v1/decisions, /api/v1/decisions/:id and its vote. */
export function decisionsRouter(context: AppContext) {
  const { db, clock } = context;
  return implement(contracts.decisions, {
    create: {
      use: [limitAction(context, 'decisions')],
      handle: async ({ body, viewer }) => ({ status: 201, body: { decision: await postDecision(db, viewer, body, clock()) } }),
    },
    get: async ({ params, viewer }) => ({ status: 200, body: { decision: await getDecision(db, params.id, viewer) } }),
    vote: {
      use: [limitAction(context, 'votes')],
      handle: async ({ params, body, viewer }) => ({ status: 200, body: { decision: await setDecisionVote(db, viewer, params.id, body.value, clock()) } }),
    },
  });
}
