import { feedQuerySchema, feedResponseSchema } from '@stackyard/domain';
import { defineRoutes } from '../route.js';

const BASE = '/api/v1/feed';
const page = { description: 'A page of feed items', schema: feedResponseSchema };

export const feed = defineRoutes('feed', {
  followed: {
    method: 'get',
    path: BASE,
    summary: 'What the tools, stacks and people the viewer follows have been doing, newest first',
    tags: ['feed'],
    access: 'member',
    request: { query: feedQuerySchema },
    responses: { 200: page },
  },
  public: {
    method: 'get',
    path: `${BASE}/public`,
    summary: "Everyone's recent activity, newest first",
    tags: ['feed'],
    access: 'public',
    request: { query: feedQuerySchema },
    responses: { 200: page },
  },
});
