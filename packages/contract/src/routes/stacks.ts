import {
  createStackRequestSchema,
  createdStackResponseSchema,
  stackDetailResponseSchema,
  stackListQuerySchema,
  stackListResponseSchema,
  stackParamsSchema,
  syncDetectedToolsRequestSchema,
  syncDetectedToolsResponseSchema,
  updateStackRequestSchema,
} from '@stackyard/domain';
import { defineRoutes } from '../route.js';
import { followRoutes } from './follows.js';

const BASE = '/api/v1/stacks';
const ONE = `${BASE}/:owner/:slug`;
const ownerOnly = { 403: 'Only its owner or a moderator can change a stack' } as const;

export const stacks = defineRoutes('stacks', {
  list: {
    method: 'get',
    path: BASE,
    summary: 'The stacks anyone may see, the most recently updated first, keyset-paginated (for sitemaps and indexes)',
    tags: ['stacks'],
    access: 'public',
    request: { query: stackListQuerySchema },
    responses: { 200: { description: 'A page of stacks', schema: stackListResponseSchema } },
  },
  create: {
    method: 'post',
    path: BASE,
    summary: "Shares a stack: a name, a description and 1-200 tools in the owner's order (unknown tools are named in a 400; repeats merged)",
    tags: ['stacks'],
    access: 'member',
    request: { body: createStackRequestSchema },
    responses: { 201: { description: 'Where the new stack lives', schema: createdStackResponseSchema } },
  },
  get: {
    method: 'get',
    path: ONE,
    summary: "A stack's page: its tools grouped by layer and category, with notes and where each was detected",
    tags: ['stacks'],
    access: 'viewer',
    request: { params: stackParamsSchema },
    responses: { 200: { description: 'The stack', schema: stackDetailResponseSchema } },
  },
  update: {
    method: 'patch',
    path: ONE,
    summary: 'Changes a stack (its owner or a moderator); a new tool list replaces the old one, notes and order with it',
    tags: ['stacks'],
    access: 'member',
    request: { params: stackParamsSchema, body: updateStackRequestSchema },
    responses: { 200: { description: 'The stack as it now is', schema: stackDetailResponseSchema } },
    errors: ownerOnly,
  },
  remove: {
    method: 'delete',
    path: ONE,
    summary: 'Deletes a stack (its owner or a moderator)',
    tags: ['stacks'],
    access: 'member',
    request: { params: stackParamsSchema },
    responses: { 204: { description: 'Deleted' } },
    errors: ownerOnly,
  },
  syncDetected: {
    method: 'put',
    path: `${ONE}/detected-tools`,
    summary:
      'Records what detection finds now (the CLI\'s push): found tools are added or confirmed with their evidence; tools detection had added and no longer finds go; tools added by hand stay',
    tags: ['stacks', 'detect'],
    access: 'member',
    request: { params: stackParamsSchema, body: syncDetectedToolsRequestSchema },
    responses: { 200: { description: 'The stack as it now is, and what changed', schema: syncDetectedToolsResponseSchema } },
    errors: ownerOnly,
  },
  badge: {
    method: 'get',
    path: `${ONE}/badge.svg`,
    summary: "A badge for a README, linking to the stack's page: its name and how many tools it has",
    tags: ['stacks'],
    access: 'public',
    request: { params: stackParamsSchema },
    responses: { 200: { description: 'An SVG image', contentType: 'image/svg+xml' } },
  },
  ...followRoutes(`${ONE}/follow`, stackParamsSchema, 'a stack'),
});
