import { errorResponseSchema } from '@stackyard/domain';
import { describe, expect, it } from 'vitest';
import { appErrorOfClientError, rawErrorResponse } from './client-error.js';

describe("the answers to Node's client errors", () => {
  it('gives each parser and timer error its status: 431 headers, 413 chunk extensions, 408 too slow, 400 the rest', () => {
    const statusOf = (code: string) => appErrorOfClientError({ code })?.status;
    expect(statusOf('HPE_HEADER_OVERFLOW')).toBe(431);
    expect(statusOf('HPE_CHUNK_EXTENSIONS_OVERFLOW')).toBe(413);
    expect(statusOf('ERR_HTTP_REQUEST_TIMEOUT')).toBe(408);
    for (const code of ['HPE_INVALID_METHOD', 'HPE_INVALID_URL', 'HPE_INVALID_VERSION', 'HPE_INVALID_HEADER_TOKEN', 'HPE_UNEXPECTED_CONTENT_LENGTH']) {
      expect(statusOf(code), code).toBe(400);
    }
  });

  it('has nothing to say to a connection that broke', () => {
    for (const code of ['ECONNRESET', 'EPIPE', 'ETIMEDOUT', undefined]) expect(appErrorOfClientError({ code })).toBeNull();
  });

  it('writes a whole HTTP/1.1 response: status line, JSON type and length, Connection: close, the error shape', () => {
    const error = appErrorOfClientError({ code: 'HPE_HEADER_OVERFLOW' })!;
    const raw = rawErrorResponse(error);
    const [head = '', body = ''] = raw.split('\r\n\r\n');
    const [statusLine, ...headers] = head.split('\r\n');
    expect(statusLine).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    expect(headers).toEqual(
      expect.arrayContaining(['Content-Type: application/json; charset=utf-8', `Content-Length: ${Buffer.byteLength(body)}`, 'Connection: close']),
    );
    expect(errorResponseSchema.parse(JSON.parse(body)).error.code).toBe('headers_too_large');
  });
});
