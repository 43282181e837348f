import type { RequestHandler } from 'express';
import { viewerOf } from '../auth/viewer.js';
import type { AppContext } from '../context.js';
import { isSafeMethod } from './http-methods.js';
import { createLimiter, ipKey } from './rate-limit.js';

/**
 * Reads by someone not signed in count against a generous budget per address, so that one client cannot
 * keep the database busy for everyone; a signed-in reader is never counted by it (changes have their own
 * budgets, see write-limit.ts). Runs after authentication, which is what tells the two apart.
 */
export function limitAnonymousReads({ config, rateLimitBackend }: AppContext): RequestHandler {
  return createLimiter(config.rateLimits, rateLimitBackend, {
    name: 'reads from this address without signing in',
    rule: config.rateLimits.anonymousReadsPerIp,
    key: (req, res) => (isSafeMethod(req.method) && !viewerOf(res) ? `ip:${ipKey(req)}` : null),
  });
}
