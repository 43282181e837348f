import { followResponseSchema, profileResponseSchema, userParamsSchema } from '@stackyard/domain';
import { Router } from 'express';
import { requireViewer, viewerOf } from '../../auth/viewer.js';
import type { AppContext } from '../../context.js';
import { inputOf } from '../../middleware/validate.js';
import { limitAction } from '../../middleware/write-limit.js';
import { getUserAtomFeed } from '../../services/feed-service.js';
import { setUserFollow } from '../../services/follow-service.js';
import { getProfile } from '../../services/user-service.js';
import { mountRoute } from '../mount-route.js';
import { publicOrigin } from '../public-origin.js';
import { defineRoute } from '../route-contract.js';

const BASE = '/api/v1/users';
const ONE = `${BASE}/:username`;

export const userContracts = {
  profile: defineRoute({
    method: 'get',
    path: ONE,
    summary: "A person's profile: their stacks, decisions, and what they follow",
    tags: ['users'],
    request: { params: userParamsSchema },
    responses: { 200: { description: 'The profile', schema: profileResponseSchema } },
  }),
  atom: defineRoute({
    method: 'get',
    path: `${ONE}/feed.atom`,
    summary: "An Atom feed of a person's public activity",
    tags: ['feed'],
    request: { params: userParamsSchema },
    responses: { 200: { description: 'application/atom+xml' } },
  }),
  follow: defineRoute({
    method: 'put',
    path: `${ONE}/follow`,
    summary: 'Follows a person (idempotent; not yourself)',
    tags: ['follows'],
    request: { params: userParamsSchema },
    responses: { 200: { description: 'Whether the viewer follows them, and their follower count', schema: followResponseSchema } },
    requiresSignIn: true,
  }),
  unfollow: defineRoute({
    method: 'delete',
    path: `${ONE}/follow`,
    summary: 'Stops following a person (idempotent)',
    tags: ['follows'],
    request: { params: userParamsSchema },
    responses: { 200: { description: 'Whether the viewer follows them, and their follower count', schema: followResponseSchema } },
    requiresSignIn: true,
  }),
};

/** /api/v1/users/:username and its follow and Atom feed */
export function usersRouter(context: AppContext): Router {
  const { db, config, clock } = context;
  const router = Router();
  const c = userContracts;
  const follows = limitAction(context, 'follows');
  mountRoute(router, BASE, c.profile, async (_req, res) => {
    res.json(await getProfile(db, inputOf(res, c.profile.request).params.username, viewerOf(res)));
  });
  mountRoute(router, BASE, c.atom, async (req, res) => {
    const xml = await getUserAtomFeed(db, inputOf(res, c.atom.request).params.username, publicOrigin(req, config), clock());
    res.type('application/atom+xml').send(xml);
  });
  mountRoute(router, BASE, c.follow, follows, async (_req, res) => {
    res.json(await setUserFollow(db, requireViewer(res), inputOf(res, c.follow.request).params.username, true, clock()));
  });
  mountRoute(router, BASE, c.unfollow, follows, async (_req, res) => {
    res.json(await setUserFollow(db, requireViewer(res), inputOf(res, c.unfollow.request).params.username, false, clock()));
  });
  return router;
}
