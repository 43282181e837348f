import { reasonParamsSchema, reasonResponseSchema, updateReasonRequestSchema, voteRequestSchema, voteResponseSchema } from '@stackyard/domain';
import { defineRoutes } from '../route.js';

const ONE = '/api/v1/reasons/:id';

export const reasons = defineRoutes('reasons', {
  vote: {
    method: 'put',
    path: `${ONE}/vote`,
    summary: "Sets the viewer's vote on a pro or con: 1 votes, 0 takes it back (idempotent, never a toggle)",
    tags: ['reasons'],
    access: 'member',
    request: { params: reasonParamsSchema, body: voteRequestSchema },
    responses: { 200: { description: 'The vote as it now stands', schema: voteResponseSchema } },
  },
  edit: {
    method: 'patch',
    path: ONE,
    summary: 'Rewords a pro or con; only its author, and only while nobody else has voted for it',
    tags: ['reasons'],
    access: 'member',
    request: { params: reasonParamsSchema, body: updateReasonRequestSchema },
    responses: { 200: { description: 'The reworded pro or con', schema: reasonResponseSchema } },
  },
});
