import { contracts } from '@stackyard/contract';
import type { AppContext } from '../../context.js';
import { limitAction } from '../../middleware/write-limit.js';
import { getUserAtomFeed } from '../../services/feed-service.js';
import { setUserFollow } from '../../services/follow-service.js';
import { getPopularUsers, getProfile } from '../../services/user-service.js';
import { implement } from '../mount-route.js';

/** /api/v1/users/popular, /api/v1/users/:username, its Atom feed and its follow. */
export function usersRouter(context: AppContext) {
  const { db, config, clock } = context;
  const follows = limitAction(context, 'follows');
  return implement(contracts.users, {
    popular: async ({ query, viewer }) => ({ status: 200, body: { items: await getPopularUsers(db, query.limit, viewer) } }),
    get: async ({ params, viewer }) => ({ status: 200, body: await getProfile(db, params.username, viewer) }),
    feed: async ({ params }) => ({ status: 200, body: await getUserAtomFeed(db, params.username, config.publicOrigin, clock()) }),
    follow: { use: [follows], handle: async ({ params, viewer }) => ({ status: 200, body: await setUserFollow(db, viewer, params.username, true, clock()) }) },
    unfollow: { use: [follows], handle: async ({ params, viewer }) => ({ status: 200, body: await setUserFollow(db, viewer, params.username, false, clock()) }) },
  });
}
