import { contracts } from '@stackyard/contract';
import type { AppContext } from '../../context.js';
import { getModerationLog, getReportQueue, moderate } from '../../services/moderation-service.js';
import { implement } from '../mount-route.js';

/** /api/v1/moderation: the report queue and actions (moderators, enforced by the contracts) and the public log. */
export function moderationRouter({ db, clock }: AppContext) {
  return implement(contracts.moderation, {
    queue: async ({ query }) => ({ status: 200, body: await getReportQueue(db, query) }),
    act: async ({ body, viewer }) => ({ status: 200, body: { result: await moderate(db, viewer, body, clock()) } }),
    log: async ({ query }) => ({ status: 200, body: await getModerationLog(db, query) }),
  });
}
