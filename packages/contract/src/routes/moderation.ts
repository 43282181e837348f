import {
  moderationActionRequestSchema,
  moderationActionResponseSchema,
  moderationLogResponseSchema,
  moderationPageQuerySchema,
  reportQueueResponseSchema,
} from '@stackyard/domain';
import { defineRoutes } from '../route.js';

const BASE = '/api/v1/moderation';

export const moderation = defineRoutes('moderation', {
  queue: {
    method: 'get',
    path: `${BASE}/reports`,
    summary: 'Subjects with open reports, the longest waiting first',
    tags: ['moderation'],
    access: 'moderator',
    request: { query: moderationPageQuerySchema },
    responses: { 200: { description: 'A page of the queue', schema: reportQueueResponseSchema } },
  },
  act: {
    method: 'post',
    path: `${BASE}/actions`,
    summary:
      'Hides or restores a pro or con, decision or stack, suspends or unsuspends a person, or dismisses its reports; closes its open reports and writes the public log',
    tags: ['moderation'],
    access: 'moderator',
    request: { body: moderationActionRequestSchema },
    responses: { 200: { description: 'What the action changed', schema: moderationActionResponseSchema } },
  },
  log: {
    method: 'get',
    path: `${BASE}/log`,
    summary: 'The public moderation log: every moderator action and automatic hiding, newest first',
    tags: ['moderation'],
    access: 'public',
    request: { query: moderationPageQuerySchema },
    responses: { 200: { description: 'A page of the log', schema: moderationLogResponseSchema } },
  },
});
