import { contracts } from '@stackyard/contract';
import type { AppContext } from '../../context.js';
import { getFollowedFeed, getPublicFeed } from '../../services/feed-service.js';
import { implement } from '../mount-route.js';

/** /api/v1/feed (what the viewer follows) and /api/v1/feed/public (everyone). */
export function feedRouter({ db }: AppContext) {
  return implement(contracts.feed, {
    followed: async ({ query, viewer }) => ({ status: 200, body: await getFollowedFeed(db, viewer.id, query.cursor, query.limit) }),
    public: async ({ query }) => ({ status: 200, body: await getPublicFeed(db, query.cursor, query.limit) }),
  });
}
