import { contracts } from '@stackyard/contract';
import type { AppContext } from '../../context.js';
import { limitAction } from '../../middleware/write-limit.js';
import { listToolDecisions } from '../../services/decision-service.js';
import { getToolAtomFeed, getTrendingTools } from '../../services/feed-service.js';
import { setToolFollow } from '../../services/follow-service.js';
import { addReason } from '../../services/reason-service.js';
import { getTool, listCatalogue, listToolAlternatives, listToolIntegrations, listToolReasons, listToolStacks } from '../../services/tool-service.js';
import { implement } from '../mount-route.js';

/** /api/v1/tools: the catalogue, a tool's page and its lists, its Atom feed, pros and cons, and follows. */
export function toolsRouter(context: AppContext) {
  const { db, config, clock } = context;
  const follows = limitAction(context, 'follows');
  return implement(contracts.tools, {
    list: async ({ query }) => ({ status: 200, body: await listCatalogue(db, query) }),
    trending: async () => ({ status: 200, body: await getTrendingTools(db, clock()) }),
    get: async ({ params, viewer }) => ({ status: 200, body: { tool: await getTool(db, params.slug, viewer, clock()) } }),
    stacks: async ({ params, query }) => ({ status: 200, body: await listToolStacks(db, params.slug, query) }),
    alternatives: async ({ params, query }) => ({ status: 200, body: await listToolAlternatives(db, params.slug, query) }),
    reasons: async ({ params, query, viewer }) => ({ status: 200, body: await listToolReasons(db, params.slug, query, viewer) }),
    integrations: async ({ params, query }) => ({ status: 200, body: await listToolIntegrations(db, params.slug, query) }),
    decisions: async ({ params, query, viewer }) => ({ status: 200, body: await listToolDecisions(db, params.slug, query, viewer) }),
    feed: async ({ params }) => ({
      status: 200,
      body: await getToolAtomFeed(db, params.slug, config.publicOrigin, clock()),
    }),
    addReason: {
      use: [limitAction(context, 'reasons')],
      handle: async ({ params, body, viewer }) => ({ status: 201, body: { reason: await addReason(db, viewer, params.slug, body, clock()) } }),
    },
    follow: { use: [follows], handle: async ({ params, viewer }) => ({ status: 200, body: await setToolFollow(db, viewer, params.slug, true, clock()) }) },
    unfollow: { use: [follows], handle: async ({ params, viewer }) => ({ status: 200, body: await setToolFollow(db, viewer, params.slug, false, clock()) }) },
  });
}
