import type { RequestHandler } from 'express';
import { viewerOf } from '../auth/viewer.js';
import { AppError } from '../errors/app-error.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** What a suspended person may still do: leave. */
const ALWAYS_ALLOWED = new Set(['/v1/auth/logout']);

/** A suspended account reads but does not write: every change it asks for is a 403. */
export const refuseSuspendedWriters: RequestHandler = (req, res, next) => {
  const viewer = viewerOf(res);
  if (!viewer?.suspended || SAFE_METHODS.has(req.method) || ALWAYS_ALLOWED.has(req.path)) return next();
  throw new AppError('forbidden', 'This account is suspended by the moderators; it cannot change anything');
};
