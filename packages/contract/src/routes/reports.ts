import { createReportRequestSchema, reportResponseSchema } from '@stackyard/domain';
import { defineRoutes } from '../route.js';

export const reports = defineRoutes('reports', {
  create: {
    method: 'post',
    path: '/api/v1/reports',
    summary:
      'Reports a pro or con, decision, stack or person to the moderators, once per person (again: 409); reports from 5 people hide it until a moderator decides',
    tags: ['moderation'],
    access: 'member',
    request: { body: createReportRequestSchema },
    responses: { 201: { description: 'The report', schema: reportResponseSchema } },
  },
});
