import { describe, expect, it } from 'vitest';
import { ApiError, apiErrorFromResponse, isRetryable } from './api-error.js';

describe('apiErrorFromResponse', () => {
  it('carries the code, message and details of a documented error body', () => {
    const error = apiErrorFromResponse(404, {
      error: { code: 'not_found', message: 'No tool called "nope"', details: { slug: 'nope' } },
    });

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(404);
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('No tool called "nope"');
    expect(error.details).toEqual({ slug: 'nope' });
  });

  it('falls back to a generic error when the body is not the documented shape', () => {
    const error = apiErrorFromResponse(502, '<html>Bad gateway</html>');

    expect(error.code).toBe('http_error');
    expect(error.message).toBe('The server answered with status 502.');
  });
});

describe('isRetryable', () => {
  it('retries network failures and server errors but not client errors', () => {
    expect(isRetryable(new ApiError(0, 'network_error', 'offline'))).toBe(true);
    expect(isRetryable(new ApiError(503, 'service_unavailable', 'later'))).toBe(true);
    expect(isRetryable(new ApiError(400, 'validation_failed', 'bad'))).toBe(false);
    expect(isRetryable(new ApiError(429, 'rate_limited', 'slow down'))).toBe(false);
  });
});
