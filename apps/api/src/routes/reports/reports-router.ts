import { createReportRequestSchema, reportResponseSchema } from '@stackyard/domain';
import { Router } from 'express';
import { requireViewer } from '../../auth/viewer.js';
import type { AppContext } from '../../context.js';
import { inputOf } from '../../middleware/validate.js';
import { limitAction } from '../../middleware/write-limit.js';
import { fileReport } from '../../services/report-service.js';
import { mountRoute } from '../mount-route.js';
import { defineRoute } from '../route-contract.js';

const BASE = '/api/v1/reports';

export const reportContracts = {
  create: defineRoute({
    method: 'post',
    path: BASE,
    summary:
      'Reports a pro or con, decision, stack or person to the moderators, once per person (again: 409); reports from 5 people hide it until a moderator decides',
    tags: ['moderation'],
    request: { body: createReportRequestSchema },
    responses: { 201: { description: 'The report', schema: reportResponseSchema } },
    requiresSignIn: true,
  }),
};

/** POST /api/v1/reports */
export function reportsRouter(context: AppContext): Router {
  const { db, clock } = context;
  const router = Router();
  const { create } = reportContracts;

  mountRoute(router, BASE, create, limitAction(context, 'reports'), async (_req, res) => {
    const viewer = requireViewer(res);
    res.status(201).json({ report: await fileReport(db, viewer, inputOf(res, create.request).body, clock()) });
  });

  return router;
}
