import { createReportRequestSchema, reportResponseSchema } from '@stackyard/domain';
import { defineRoutes } from '../route.js';

export const reports = defineRoutes('reports', {
  create: {
    method: 'post',
    path: '/api/v1/reports',
    summary:
      'Reports a pro or con, decision, stack or person to the moderators: once per subject (again: 409), 20 a day by default (more: 429). Reports from 5 established members hide content until a moderator decides; a person is only queued',
    tags: ['moderation'],
    access: 'member',
    request: { body: createReportRequestSchema },
    responses: { 201: { description: 'The report', schema: reportResponseSchema } },
  },
});
