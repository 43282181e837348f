import type { RequestHandler } from 'express';
import { viewerOf } from '../auth/viewer.js';
import type { UserAction } from '../config.js';
import type { AppContext } from '../context.js';
import { isSafeMethod } from './http-methods.js';
import { createLimiter } from './rate-limit.js';

/** Every change a signed-in user makes counts against one generous per-user budget. */
export function limitWritesPerUser({ config, rateLimitBackend }: AppContext): RequestHandler {
  return createLimiter(config.rateLimits, rateLimitBackend, {
    name: 'changes from this account',
    rule: config.rateLimits.writesPerUser,
    key: (req, res) => {
      const viewer = viewerOf(res);
      return viewer && !isSafeMethod(req.method) ? `user:${viewer.id}` : null;
    },
  });
}

/** One kind of action (votes, reports...) counted against its own per-user budget. */
export function limitAction({ config, rateLimitBackend }: AppContext, action: UserAction): RequestHandler {
  return createLimiter(config.rateLimits, rateLimitBackend, {
    name: `${action} from this account`,
    rule: config.rateLimits.perAction[action],
    key: (_req, res) => {
      const viewer = viewerOf(res);
      return viewer ? `user:${viewer.id}` : null;
    },
  });
}
