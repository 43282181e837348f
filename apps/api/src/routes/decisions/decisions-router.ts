import { contracts } from '@stackyard/contract';
import type { AppContext } from '../../context.js';
import { limitAction } from '../../middleware/write-limit.js';
import { getDecision, postDecision, previewDecision, setDecisionVote } from '../../services/decision-service.js';
import { implement } from '../mount-route.js';

/**
 * /api/v1/decisions, its preview, /api/v1/decisions/:id and its vote. A preview stores nothing, so it has a
 * budget of its own rather than spending the decisions one.
 */
export function decisionsRouter(context: AppContext) {
  const { db, clock } = context;
  return implement(contracts.decisions, {
    create: {
      use: [limitAction(context, 'decisions')],
      handle: async ({ body, viewer }) => ({ status: 201, body: { decision: await postDecision(db, viewer, body, clock()) } }),
    },
    preview: { use: [limitAction(context, 'previews')], handle: async ({ body }) => ({ status: 200, body: previewDecision(body.body) }) },
    get: async ({ params, viewer }) => ({ status: 200, body: { decision: await getDecision(db, params.id, viewer) } }),
    vote: {
      use: [limitAction(context, 'votes')],
      handle: async ({ params, body, viewer }) => ({ status: 200, body: { decision: await setDecisionVote(db, viewer, params.id, body.value, clock()) } }),
    },
  });
}
