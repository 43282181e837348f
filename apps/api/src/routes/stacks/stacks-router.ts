import { contracts } from '@stackyard/contract';
import type { AppContext } from '../../context.js';
import { limitAction } from '../../middleware/write-limit.js';
import { setStackFollow } from '../../services/follow-service.js';
import { createStack, deleteStack, getStack, getStackBadge, listStacks, syncDetectedTools, updateStack } from '../../services/stack-service.js';
import { implement } from '../mount-route.js';

/** /api/v1/stacks (the public list, and sharing one) and /api/v1/stacks/:owner/:slug, with its follow. */
export function stacksRouter(context: AppContext) {
  const { db, clock } = context;
  const stacks = limitAction(context, 'stacks');
  const follows = limitAction(context, 'follows');
  return implement(contracts.stacks, {
    list: async ({ query }) => ({ status: 200, body: await listStacks(db, query) }),
    create: { use: [stacks], handle: async ({ body, viewer }) => ({ status: 201, body: { stack: await createStack(db, viewer, body, clock()) } }) },
    get: async ({ params, viewer }) => ({ status: 200, body: { stack: await getStack(db, params.owner, params.slug, viewer) } }),
    update: {
      use: [stacks],
      handle: async ({ params, body, viewer }) => {
        await updateStack(db, viewer, params.owner, params.slug, body, clock());
        return { status: 200, body: { stack: await getStack(db, params.owner, params.slug, viewer) } };
      },
    },
    syncDetected: {
      use: [stacks],
      handle: async ({ params, body, viewer }) => {
        const changes = await syncDetectedTools(db, viewer, params.owner, params.slug, body, clock());
        return { status: 200, body: { stack: await getStack(db, params.owner, params.slug, viewer), ...changes } };
      },
    },
    badge: async ({ params }) => ({
      status: 200,
      body: await getStackBadge(db, params.owner, params.slug),
      headers: { 'Cache-Control': 'public, max-age=300' },
    }),
    remove: {
      use: [stacks],
      handle: async ({ params, viewer }) => {
        await deleteStack(db, viewer, params.owner, params.slug);
        return { status: 204 };
      },
    },
    follow: { use: [follows], handle: async ({ params, viewer }) => ({ status: 200, body: await setStackFollow(db, viewer, params.owner, params.slug, true, clock()) }) },
    unfollow: {
      use: [follows],
      handle: async ({ params, viewer }) => ({ status: 200, body: await setStackFollow(db, viewer, params.owner, params.slug, false, clock()) }),
    },
  });
}
