import type { RequestHandler } from 'express';
import { viewerOf } from '../auth/viewer.js';
import { AppError } from '../errors/app-error.js';
import { isSafeMethod } from './http-methods.js';

/** What a suspended person may still do: leave. */
const ALWAYS_ALLOWED = new Set(['/v1/auth/logout']);

/** A suspended account reads but does not write: every change it asks for is a 403. */
export const refuseSuspendedWriters: RequestHandler = (req, res, next) => {
  const viewer = viewerOf(res);
  if (!viewer?.suspended || isSafeMethod(req.method) || ALWAYS_ALLOWED.has(req.path)) return next();
  throw new AppError('forbidden', 'This account is suspended by the moderators; it cannot change anything');
};
