import {
  moderationActionRequestSchema,
  moderationActionResponseSchema,
  moderationLogResponseSchema,
  moderationPageQuerySchema,
  reportQueueResponseSchema,
} from '@stackyard/domain';
import { Router } from 'express';
import { requireModerator } from '../../auth/viewer.js';
import type { AppContext } from '../../context.js';
import { inputOf } from '../../middleware/validate.js';
import { getModerationLog, getReportQueue, moderate } from '../../services/moderation-service.js';
import { mountRoute } from '../mount-route.js';
import { defineRoute } from '../route-contract.js';

const BASE = '/api/v1/moderation';

export const moderationContracts = {
  queue: defineRoute({
    method: 'get',
    path: `${BASE}/reports`,
    summary: 'Moderators only (others 403): subjects with open reports, the longest waiting first',
    tags: ['moderation'],
    request: { query: moderationPageQuerySchema },
    responses: { 200: { description: 'A page of the queue', schema: reportQueueResponseSchema } },
    requiresSignIn: true,
  }),
  act: defineRoute({
    method: 'post',
    path: `${BASE}/actions`,
    summary:
      'Moderators only (others 403): hide or restore a pro or con, decision or stack, suspend or unsuspend a person, or dismiss its reports; closes its open reports and writes the public log',
    tags: ['moderation'],
    request: { body: moderationActionRequestSchema },
    responses: { 200: { description: 'What the action changed', schema: moderationActionResponseSchema } },
    requiresSignIn: true,
  }),
  log: defineRoute({
    method: 'get',
    path: `${BASE}/log`,
    summary: 'The public moderation log: every moderator action and automatic hiding, newest first',
    tags: ['moderation'],
    request: { query: moderationPageQuerySchema },
    responses: { 200: { description: 'A page of the log', schema: moderationLogResponseSchema } },
  }),
};

/** GET /api/v1/moderation/reports, POST /api/v1/moderation/actions and GET /api/v1/moderation/log */
export function moderationRouter(context: AppContext): Router {
  const { db, clock } = context;
  const router = Router();
  const { queue, act, log } = moderationContracts;

  mountRoute(router, BASE, queue, async (_req, res) => {
    requireModerator(res);
    res.json(await getReportQueue(db, inputOf(res, queue.request).query));
  });

  mountRoute(router, BASE, act, async (_req, res) => {
    const moderator = requireModerator(res);
    res.json({ result: await moderate(db, moderator, inputOf(res, act.request).body, clock()) });
  });

  mountRoute(router, BASE, log, async (_req, res) => {
    res.json(await getModerationLog(db, inputOf(res, log.request).query));
  });

  return router;
}
