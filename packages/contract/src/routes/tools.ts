import {
  createReasonRequestSchema,
  decisionListResponseSchema,
  decisionPageQuerySchema,
  reasonResponseSchema,
  toolAlternativesResponseSchema,
  toolDetailResponseSchema,
  toolListQuerySchema,
  toolListResponseSchema,
  toolPageQuerySchema,
  toolParamsSchema,
  toolStacksResponseSchema,
  trendingResponseSchema,
} from '@stackyard/domain';
import { defineRoutes } from '../route.js';
import { followRoutes } from './follows.js';

const BASE = '/api/v1/tools';
const ONE = `${BASE}/:slug`;

export const tools = defineRoutes('tools', {
  list: {
    method: 'get',
    path: BASE,
    summary: 'The catalogue: tools filtered by taxonomy, open source and name, sorted, keyset-paginated',
    tags: ['tools'],
    access: 'public',
    request: { query: toolListQuerySchema },
    responses: { 200: { description: 'A page of tools', schema: toolListResponseSchema } },
  },
  trending: {
    method: 'get',
    path: `${BASE}/trending`,
    summary: 'Tools with the most new stacks and followers in the last 30 days',
    tags: ['feed'],
    access: 'public',
    responses: { 200: { description: 'Trending tools', schema: trendingResponseSchema } },
  },
  get: {
    method: 'get',
    path: ONE,
    summary: "A tool's page: stats, category path, pros and cons, integrations, alternatives, stacks, viewer state",
    tags: ['tools'],
    access: 'viewer',
    request: { params: toolParamsSchema },
    responses: { 200: { description: 'The tool', schema: toolDetailResponseSchema } },
  },
  stacks: {
    method: 'get',
    path: `${ONE}/stacks`,
    summary: 'The stacks that use a tool, most recently added first',
    tags: ['tools'],
    access: 'public',
    request: { params: toolParamsSchema, query: toolPageQuerySchema },
    responses: { 200: { description: 'A page of stacks', schema: toolStacksResponseSchema } },
  },
  alternatives: {
    method: 'get',
    path: `${ONE}/alternatives`,
    summary: "The other tools of a tool's function, most used first",
    tags: ['tools'],
    access: 'public',
    request: { params: toolParamsSchema, query: toolPageQuerySchema },
    responses: { 200: { description: 'A page of tools', schema: toolAlternativesResponseSchema } },
  },
  decisions: {
    method: 'get',
    path: `${ONE}/decisions`,
    summary: 'The decisions that name a tool, newest first',
    tags: ['decisions'],
    access: 'viewer',
    request: { params: toolParamsSchema, query: decisionPageQuerySchema },
    responses: { 200: { description: 'A page of decisions', schema: decisionListResponseSchema } },
  },
  feed: {
    method: 'get',
    path: `${ONE}/feed.atom`,
    summary: 'An Atom feed of the activity around a tool, for feed readers',
    tags: ['feed'],
    access: 'public',
    request: { params: toolParamsSchema },
    responses: { 200: { description: 'An Atom feed', contentType: 'application/atom+xml' } },
  },
  addReason: {
    method: 'post',
    path: `${ONE}/reasons`,
    summary: "Adds a pro or con to a tool, with the author's vote; the same text in any case is a 409 carrying the existing one",
    tags: ['reasons'],
    access: 'member',
    request: { params: toolParamsSchema, body: createReasonRequestSchema },
    responses: { 201: { description: 'The new pro or con', schema: reasonResponseSchema } },
  },
  ...followRoutes(`${ONE}/follow`, toolParamsSchema, 'a tool'),
});
