import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from './config.js';
import { openSocket, rawRequest, readResponses } from './testing/raw-http.js';
import { startTestServer, type TestServer } from './testing/test-server.js';

const HEADERS_TIMEOUT_MS = 300;
const REQUEST_TIMEOUT_MS = 600;
/** A request Express answers at once (an unknown path: 404) without asking the database. */
const SIMPLE_REQUEST = 'GET /api/v1/nothing-here HTTP/1.1\r\nHost: localhost\r\n\r\n';

const connectionCount = (server: TestServer) =>
  new Promise<number>((resolve, reject) => server.server.getConnections((error, count) => (error ? reject(error) : resolve(count))));

/** Polls a condition a bounded number of times (50 x 20 ms); true as soon as it holds. */
async function eventually(condition: () => Promise<boolean>): Promise<boolean> {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

describe('the HTTP server against slow and numerous clients', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      config: {
        http: { ...defaultConfig().http, headersTimeoutMs: HEADERS_TIMEOUT_MS, requestTimeoutMs: REQUEST_TIMEOUT_MS, maxConnections: 2 },
      },
    });
  });
  afterAll(() => server.stop());

  it('answers 408 in the JSON error shape when the headers do not arrive within headersTimeout', async () => {
    const response = await rawRequest(server.url, 'GET /api/health HTTP/1.1\r\nHost: localhost\r\n');
    expect(response.status).toBe(408);
    expect(response.headers.connection).toBe('close');
    expect(JSON.parse(response.body).error.code).toBe('request_timeout');
    await response.closedByServer;
  });

  it('answers 408 when the body does not arrive within requestTimeout', async () => {
    const body = JSON.stringify({ login: 'someone', password: 'a long passphrase' });
    const head = `POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nOrigin: ${server.origin}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
    const response = await rawRequest(server.url, head + body.slice(0, 5));
    expect(response.status).toBe(408);
    expect(JSON.parse(response.body).error.code).toBe('request_timeout');
    await response.closedByServer;
  });

  it('keeps an idle keep-alive connection usable for longer than headersTimeout (only keepAliveTimeout ends it)', async () => {
    const socket = await openSocket(server.url);
    try {
      const responses = readResponses(socket);
      socket.write(SIMPLE_REQUEST);
      expect((await responses.next()).status).toBe(404);
      // Idle for several headers timeouts and several of the server's checks for expired requests.
      await new Promise((resolve) => setTimeout(resolve, 4 * REQUEST_TIMEOUT_MS));
      socket.write(SIMPLE_REQUEST);
      expect((await responses.next()).status).toBe(404);
    } finally {
      socket.destroy();
    }
  });

  it('closes connections beyond maxConnections as they arrive, and accepts new ones once others close', async () => {
    const held = [await openSocket(server.url), await openSocket(server.url)];
    try {
      // Both are open on the server's side before the next one knocks.
      for (const socket of held) {
        const responses = readResponses(socket);
        socket.write(SIMPLE_REQUEST);
        expect((await responses.next()).status).toBe(404);
      }
      const third = await openSocket(server.url);
      const responses = readResponses(third);
      third.write(SIMPLE_REQUEST);
      await expect(responses.next()).rejects.toThrow(/closed the connection without a whole response/);
      third.destroy();

      held[0]!.destroy();
      expect(await eventually(() => connectionCount(server).then((count) => count < 2))).toBe(true);
      const again = await rawRequest(server.url, SIMPLE_REQUEST);
      expect(again.status).toBe(404);
    } finally {
      for (const socket of held) socket.destroy();
    }
  });
});
