import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError } from '../errors/app-error.js';

/** Errors raised by Express's body parser and router carry a status and a type; these become AppErrors. */
function fromHttpError(error: unknown): AppError | null {
  if (typeof error !== 'object' || error === null) return null;
  const { status, type } = error as { status?: unknown; type?: unknown };
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;
  switch (type) {
    case 'entity.too.large':
      return new AppError('payload_too_large', 'The request body is larger than the API accepts');
    case 'entity.parse.failed':
      return new AppError('validation_failed', 'The request body is not valid JSON');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError('unsupported_media_type', 'The request body uses an encoding the API does not accept');
  }
  if (status === 413) return new AppError('payload_too_large', 'The request is larger than the API accepts');
  if (status === 415) return new AppError('unsupported_media_type', 'The request body type is not accepted');
  if (status === 404) return new AppError('not_found', 'Nothing lives at this address');
  return new AppError('validation_failed', 'The request is malformed');
}

/** PostgreSQL's answers that mean "two transactions collided; the same request will work again". */
const RETRYABLE_DATABASE_ERRORS = new Set(['40001', '40P01', '55P03']);

function fromDatabaseConflict(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !RETRYABLE_DATABASE_ERRORS.has(code)) return null;
  return new AppError('service_unavailable', 'The request collided with another one; try again in a moment');
}

/** Unknown paths under /api answer JSON, not the web app's HTML. */
export const notFound: RequestHandler = (req) => {
  throw new AppError('not_found', `No endpoint answers ${req.method} ${req.originalUrl.split('?')[0]}`);
};

/**
 * Turns every error into the documented JSON shape. Anything that is not an AppError is a bug: it is logged
 * with its stack and the client gets a plain 500 with no internals.
 */
export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const known = error instanceof AppError ? error : (fromHttpError(error) ?? fromDatabaseConflict(error));
  const appError = known ?? new AppError('internal', 'Something went wrong on our side');
  if (!known) req.log?.error({ err: error }, 'unhandled error');
  if (res.headersSent) {
    res.end();
    return;
  }
  if (appError.code === 'service_unavailable') res.setHeader('Retry-After', '1');
  const retryAfter = (appError.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  if (appError.code === 'rate_limited' && typeof retryAfter === 'number' && !res.hasHeader('Retry-After')) {
    res.setHeader('Retry-After', String(retryAfter));
  }
  res.status(appError.status).json(appError.toJSON());
};
