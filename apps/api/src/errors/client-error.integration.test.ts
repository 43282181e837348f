import { errorResponseSchema } from '@stackyard/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, type RawResponse } from '../testing/raw-http.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

/** What every answer Node gives before Express must look like: the API's error shape, then a closed connection. */
function expectJsonError(response: RawResponse, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  expect(response.headers.connection).toBe('close');
  const body = errorResponseSchema.parse(JSON.parse(response.body));
  expect(body.error.code).toBe(code);
  expect(body.error.message).not.toBe('');
}

describe('requests Node answers before they reach Express', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('answers a malformed request line with 400 in the JSON error shape and closes the connection', async () => {
    for (const requestLine of ['THIS IS NOT HTTP', 'GET /api/health HTTP/9.9', 'GET /api/he alth HTTP/1.1']) {
      const response = await rawRequest(server.url, `${requestLine}\r\nHost: localhost\r\n\r\n`);
      expectJsonError(response, 400, 'validation_failed');
      await response.closedByServer;
    }
  });

  it('answers headers larger than the server accepts with 431 in the JSON error shape and closes the connection', async () => {
    const response = await rawRequest(server.url, `GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Padding: ${'a'.repeat(64 * 1024)}\r\n\r\n`);
    expectJsonError(response, 431, 'headers_too_large');
    await response.closedByServer;
  });

  it('still lets a well-formed request through to Express on a new connection afterwards', async () => {
    await rawRequest(server.url, 'NOT HTTP\r\n\r\n');
    // An unknown path: Express's own 404, with no database involved.
    const response = await rawRequest(server.url, 'GET /api/v1/nothing-here HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    expect(response.status).toBe(404);
    expect(JSON.parse(response.body).error.code).toBe('not_found');
  });
});
