import { popularUsersQuerySchema, popularUsersResponseSchema, profileResponseSchema, userParamsSchema } from '@stackyard/domain';
import { defineRoutes } from '../route.js';
import { followRoutes } from './follows.js';

const ONE = '/api/v1/users/:username';

export const users = defineRoutes('users', {
  popular: {
    method: 'get',
    path: '/api/v1/users/popular',
    summary: 'The most followed people (then those with the most stacks): whom to follow first',
    tags: ['users'],
    access: 'viewer',
    request: { query: popularUsersQuerySchema },
    responses: { 200: { description: 'At most 12 people, the most followed first', schema: popularUsersResponseSchema } },
  },
  get: {
    method: 'get',
    path: ONE,
    summary: "A person's profile: their stacks, decisions, and what they follow",
    tags: ['users'],
    access: 'viewer',
    request: { params: userParamsSchema },
    responses: { 200: { description: 'The profile', schema: profileResponseSchema } },
  },
  feed: {
    method: 'get',
    path: `${ONE}/feed.atom`,
    summary: "An Atom feed of a person's public activity",
    tags: ['feed'],
    access: 'public',
    request: { params: userParamsSchema },
    responses: { 200: { description: 'An Atom feed', contentType: 'application/atom+xml' } },
  },
  ...followRoutes(`${ONE}/follow`, userParamsSchema, 'a person', '; not yourself'),
});
