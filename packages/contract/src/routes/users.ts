import { followResponseSchema, profileResponseSchema, userParamsSchema } from '@stackyard/domain';
import { defineRoutes } from '../route.js';

const ONE = '/api/v1/users/:username';
const following = { description: 'Whether the viewer follows them, and their follower count', schema: followResponseSchema };

export const users = defineRoutes('users', {
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
  follow: {
    method: 'put',
    path: `${ONE}/follow`,
    summary: 'Follows a person (idempotent; not yourself)',
    tags: ['follows'],
    access: 'member',
    request: { params: userParamsSchema },
    responses: { 200: following },
  },
  unfollow: {
    method: 'delete',
    path: `${ONE}/follow`,
    summary: 'Stops following a person (idempotent)',
    tags: ['follows'],
    access: 'member',
    request: { params: userParamsSchema },
    responses: { 200: following },
  },
});
