import {
  createStackRequestSchema,
  createdStackResponseSchema,
  followResponseSchema,
  stackDetailResponseSchema,
  stackParamsSchema,
  updateStackRequestSchema,
} from '@stackyard/domain';
import { Router } from 'express';
import { requireViewer, viewerOf } from '../../auth/viewer.js';
import type { AppContext } from '../../context.js';
import { inputOf } from '../../middleware/validate.js';
import { limitAction } from '../../middleware/write-limit.js';
import { setStackFollow } from '../../services/follow-service.js';
import { createStack, deleteStack, getStack, updateStack } from '../../services/stack-service.js';
import { mountRoute } from '../mount-route.js';
import { defineRoute } from '../route-contract.js';

const BASE = '/api/v1/stacks';
const ONE = `${BASE}/:owner/:slug`;

export const stackContracts = {
  create: defineRoute({
    method: 'post',
    path: BASE,
    summary: 'Shares a stack: a name, a description and 1-200 tools (unknown tools are named in a 400; repeats merged)',
    tags: ['stacks'],
    request: { body: createStackRequestSchema },
    responses: { 201: { description: 'Where the new stack lives', schema: createdStackResponseSchema } },
    requiresSignIn: true,
  }),
  get: defineRoute({
    method: 'get',
    path: ONE,
    summary: "A stack's page: its tools grouped by layer and category, with notes and where each was detected",
    tags: ['stacks'],
    request: { params: stackParamsSchema },
    responses: { 200: { description: 'The stack', schema: stackDetailResponseSchema } },
  }),
  update: defineRoute({
    method: 'patch',
    path: ONE,
    summary: "Changes a stack (its owner or a moderator); a new tool list replaces the old one",
    tags: ['stacks'],
    request: { params: stackParamsSchema, body: updateStackRequestSchema },
    responses: { 200: { description: 'The stack as it now is', schema: stackDetailResponseSchema } },
    requiresSignIn: true,
  }),
  remove: defineRoute({
    method: 'delete',
    path: ONE,
    summary: 'Deletes a stack (its owner or a moderator)',
    tags: ['stacks'],
    request: { params: stackParamsSchema },
    responses: { 204: { description: 'Deleted' } },
    requiresSignIn: true,
  }),
  follow: defineRoute({
    method: 'put',
    path: `${ONE}/follow`,
    summary: 'Follows a stack (idempotent)',
    tags: ['follows'],
    request: { params: stackParamsSchema },
    responses: { 200: { description: 'Whether the viewer follows it, and its follower count', schema: followResponseSchema } },
    requiresSignIn: true,
  }),
  unfollow: defineRoute({
    method: 'delete',
    path: `${ONE}/follow`,
    summary: 'Stops following a stack (idempotent)',
    tags: ['follows'],
    request: { params: stackParamsSchema },
    responses: { 200: { description: 'Whether the viewer follows it, and its follower count', schema: followResponseSchema } },
    requiresSignIn: true,
  }),
};

/** /api/v1/stacks and /api/v1/stacks/:owner/:slug */
export function stacksRouter(context: AppContext): Router {
  const { db, clock } = context;
  const router = Router();
  const c = stackContracts;
  const stacks = limitAction(context, 'stacks');
  const follows = limitAction(context, 'follows');

  mountRoute(router, BASE, c.create, stacks, async (_req, res) => {
    const created = await createStack(db, requireViewer(res), inputOf(res, c.create.request).body, clock());
    res.status(201).json({ stack: created });
  });
  mountRoute(router, BASE, c.get, async (_req, res) => {
    const { owner, slug } = inputOf(res, c.get.request).params;
    res.json({ stack: await getStack(db, owner, slug, viewerOf(res)) });
  });
  mountRoute(router, BASE, c.update, stacks, async (_req, res) => {
    const viewer = requireViewer(res);
    const { params, body } = inputOf(res, c.update.request);
    await updateStack(db, viewer, params.owner, params.slug, body, clock());
    res.json({ stack: await getStack(db, params.owner, params.slug, viewer) });
  });
  mountRoute(router, BASE, c.remove, stacks, async (_req, res) => {
    const { owner, slug } = inputOf(res, c.remove.request).params;
    await deleteStack(db, requireViewer(res), owner, slug);
    res.status(204).end();
  });
  mountRoute(router, BASE, c.follow, follows, async (_req, res) => {
    const { owner, slug } = inputOf(res, c.follow.request).params;
    res.json(await setStackFollow(db, requireViewer(res), owner, slug, true, clock()));
  });
  mountRoute(router, BASE, c.unfollow, follows, async (_req, res) => {
    const { owner, slug } = inputOf(res, c.unfollow.request).params;
    res.json(await setStackFollow(db, requireViewer(res), owner, slug, false, clock()));
  });
  return router;
}
