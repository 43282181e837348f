import type { ErrorCode } from '@stackyard/domain';

/** The HTTP status of each error code: the one place where the API decides it. */
export const statusOfErrorCode: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  service_unavailable: 503,
  internal: 500,
  headers_too_large: 431,
  request_timeout: 408,
};

/** The one error type of the API: a stable code, a message for people, and optional details. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return statusOfErrorCode[this.code];
  }

  toJSON() {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.details === undefined ? {} : { details: this.details }),
      },
    };
  }

  static notFound(what: string): AppError {
    return new AppError('not_found', `${what} was not found`);
  }
}
