import { errorResponseSchema, type ErrorCode } from '@stackyard/domain';

/** Codes the API sends, plus the failures only the client can see. */
export type ApiErrorCode = ErrorCode | 'network_error' | 'http_error' | 'unexpected_response';

/**
 * Every failed request becomes one of these, so the UI can branch on a stable code (not_found,
 * rate_limited, ...) and show the server's message instead of a generic one.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** Anything with zod's `parse`; kept structural so this module does not depend on zod itself. */
export interface ResponseSchema<T> {
  parse(input: unknown): T;
}

/** Turns a non-2xx answer into an ApiError, trusting the body only when it has the documented shape. */
export function apiErrorFromResponse(status: number, body: unknown): ApiError {
  const parsed = errorResponseSchema.safeParse(body);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiError(status, code, message, details);
  }
  return new ApiError(status, 'http_error', `The server answered with status ${status}.`);
}

/** GETs a same-origin JSON endpoint and validates the answer against the domain contract. */
export async function getJson<T>(path: string, schema: ResponseSchema<T>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json' }, signal });
  } catch (error) {
    // A cancelled query is not a failure: let TanStack Query see the AbortError it expects.
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network_error', 'Could not reach Stackyard. Check your connection and try again.');
  }

  const body = await readJson(response);
  if (!response.ok) throw apiErrorFromResponse(response.status, body);

  try {
    return schema.parse(body);
  } catch {
    throw new ApiError(response.status, 'unexpected_response', 'The server sent an answer this page does not understand.');
  }
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** Client errors will not change on a retry; only network trouble and 5xx are worth another try. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.status === 0 || error.status >= 500;
}
