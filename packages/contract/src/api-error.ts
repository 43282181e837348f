import type { ErrorCode } from '@stackyard/domain';

/** Codes the API sends, plus the failures only a client can see. */
export type ApiErrorCode = ErrorCode | 'network_error' | 'http_error' | 'unexpected_response';

/**
 * Every failed call of the typed client becomes one of these, so a page or a command can branch on a stable
 * code (not_found, rate_limited, ...) and show the server's own message instead of a generic one.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
    /** From a 429's or 503's Retry-After: how long to wait before trying again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** Turns a non-2xx answer into an ApiError, trusting the body only when it has the documented shape. */
export function apiErrorFromResponse(status: number, body: unknown, retryAfter: string | null = null): ApiError {
  const retryAfterSeconds = retryAfter !== null && /^\d{1,7}$/.test(retryAfter) ? Number(retryAfter) : undefined;
  // Checked by hand rather than with the domain's errorResponseSchema, so the browser's client needs no zod.
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null | undefined)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiError(status, error.code as ErrorCode, error.message, error.details, retryAfterSeconds);
  }
  return new ApiError(status, 'http_error', `The server answered with status ${status}.`, undefined, retryAfterSeconds);
}

/** Client errors will not change on a retry; only network trouble and 5xx are worth another try. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.status === 0 || error.status >= 500;
}
