import { DatabaseBusyError, isConnectionLoss } from '@stackyard/db';
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

/**
 * PostgreSQL's answers that mean "two transactions collided; the same request will work again". A request
 * that waited too long for a database connection (DatabaseBusyError) will work again later too.
 */
const RETRYABLE_DATABASE_ERRORS = new Set(['40001', '40P01', '55P03']);
/** A statement ran past DATABASE_STATEMENT_TIMEOUT_MS (waiting for a lock, say) and was cancelled: nothing of its transaction stays. */
const STATEMENT_CANCELLED = '57014';

function fromDatabaseConflict(error: unknown): AppError | null {
  if (error instanceof DatabaseBusyError) {
    return new AppError('service_unavailable', 'The server is busy; try again in a moment');
  }
  if (isConnectionLoss(error)) return new AppError('service_unavailable', 'The database cannot be reached just now; try again in a moment');
  const code = (error as { code?: unknown } | null)?.code;
  if (code === STATEMENT_CANCELLED) return new AppError('service_unavailable', 'The database took too long to answer; try again in a moment');
  if (typeof code !== 'string' || !RETRYABLE_DATABASE_ERRORS.has(code)) return null;
  return new AppError('service_unavailable', 'The request collided with another one; try again in a moment');
}

/**
 * PostgreSQL's data exceptions (SQLSTATE class 22: text that is not a number or a date, a value out of
 * range, a NUL byte, a division by zero) mean that a value from the request reached SQL unvalidated. The
 * schemas should refuse such values first; this is the safety net, so the client still gets a 400 (and
 * the log a warning naming the gap), not a 500.
 */
function fromDataException(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^22[0-9A-Z]{3}$/.test(code)) return null;
  return new AppError('validation_failed', 'The request holds a value the database cannot take');
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
  const dataException = error instanceof AppError ? null : fromDataException(error);
  const known = error instanceof AppError ? error : (fromHttpError(error) ?? fromDatabaseConflict(error) ?? dataException);
  const appError = known ?? new AppError('internal', 'Something went wrong on our side');
  if (!known) req.log?.error({ err: error }, 'unhandled error');
  else if (dataException) req.log?.warn({ err: error }, 'the database refused a value the request schema let through');
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
