import type { RequestHandler } from 'express';
import { viewerOf } from '../auth/viewer.js';
import type { AppConfig } from '../config.js';
import { AppError } from '../errors/app-error.js';
import { isSafeMethod } from './http-methods.js';

/**
 * CSRF defence: a request that changes something must come from our own pages. The browser's Origin header
 * decides; without it, Sec-Fetch-Site must say same-origin; with neither, the request is refused. Requests
 * authenticated by an API token carry no ambient credentials, so they are exempt. Our origin is the
 * configured one: a Host header is whatever the client (or a rebinding DNS name) says, so it proves nothing.
 */
export function requireSameOrigin(config: AppConfig): RequestHandler {
  return (req, res, next) => {
    if (isSafeMethod(req.method) || viewerOf(res)?.via === 'token') return next();
    const expected = config.publicOrigin;
    const origin = req.headers.origin;
    if (origin !== undefined) {
      if (origin === expected) return next();
      throw new AppError('forbidden', 'Requests from other sites may not change anything here');
    }
    const site = req.headers['sec-fetch-site'];
    if (site === 'same-origin') return next();
    if (site !== undefined) throw new AppError('forbidden', 'Cross-site requests may not change anything here');
    throw new AppError('forbidden', 'A request that changes something must carry an Origin header');
  };
}
