import {
  createDecisionRequestSchema,
  decisionParamsSchema,
  decisionPreviewRequestSchema,
  decisionPreviewResponseSchema,
  decisionResponseSchema,
  decisionVoteResponseSchema,
  voteRequestSchema,
} from '@stackyard/domain';
import { defineRoutes } from '../route.js';

const BASE = '/api/v1/decisions';

export const decisions = defineRoutes('decisions', {
  create: {
    method: 'post',
    path: BASE,
    summary: '"Why we chose X over Y": Markdown (20-5,000 characters) about 1-10 tools, optionally within one of your stacks',
    tags: ['decisions'],
    access: 'member',
    request: { body: createDecisionRequestSchema },
    responses: { 201: { description: 'The decision, its Markdown rendered safely', schema: decisionResponseSchema } },
  },
  preview: {
    method: 'post',
    path: `${BASE}/preview`,
    summary: "A draft's Markdown (at most 5,000 characters) rendered exactly as a posted decision's would be; nothing is stored",
    tags: ['decisions'],
    access: 'member',
    request: { body: decisionPreviewRequestSchema },
    responses: { 200: { description: 'The draft rendered safely', schema: decisionPreviewResponseSchema } },
  },
  get: {
    method: 'get',
    path: `${BASE}/:id`,
    summary: 'One decision',
    tags: ['decisions'],
    access: 'viewer',
    request: { params: decisionParamsSchema },
    responses: { 200: { description: 'The decision', schema: decisionResponseSchema } },
  },
  vote: {
    method: 'put',
    path: `${BASE}/:id/vote`,
    summary: "Sets the viewer's vote on a decision: 1 votes, 0 takes it back (idempotent)",
    tags: ['decisions'],
    access: 'member',
    request: { params: decisionParamsSchema, body: voteRequestSchema },
    responses: { 200: { description: 'The vote as it now stands', schema: decisionVoteResponseSchema } },
  },
});
