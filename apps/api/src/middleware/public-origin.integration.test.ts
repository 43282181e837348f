import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpAccount, type TestAccount } from '../testing/accounts.js';
import { rawRequest } from '../testing/raw-http.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const FORGED = 'evil.example';

/** A request whose Host header says what the client likes (a rebinding DNS name does the same for a browser). */
function withHost(server: TestServer, method: string, path: string, headers: Record<string, string> = {}, body = '') {
  const lines = Object.entries({ Host: FORGED, ...headers, 'Content-Length': String(Buffer.byteLength(body)), Connection: 'close' })
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n');
  return rawRequest(server.url, `${method} ${path} HTTP/1.1\r\n${lines}\r\n\r\n${body}`);
}

describe('the public origin comes from the configuration, never from the Host header', () => {
  let server: TestServer;
  let account: TestAccount;
  beforeAll(async () => {
    server = await startTestServer({
      config: { github: { clientId: 'client-id', clientSecret: 'client-secret', oauthUrl: 'https://github.example', apiUrl: 'https://api.github.example' } },
    });
    account = await signUpAccount(server);
  });
  afterAll(() => server.stop());

  it('is http://localhost:PORT in development when STACKYARD_PUBLIC_URL is unset', () => {
    expect(server.origin).toBe('http://localhost:3000');
  });

  it('refuses a cookie change whose Origin matches only the Host it forged', async () => {
    const patch = (origin: string) =>
      withHost(server, 'PATCH', '/api/v1/me', { Origin: origin, Cookie: account.cookie, 'Content-Type': 'application/json' }, '{"bio":"rebound"}');
    const forged = await patch(`http://${FORGED}`);
    expect(forged.status).toBe(403);
    expect(JSON.parse(forged.body).error.code).toBe('forbidden');
    expect((await patch(server.origin)).status).toBe(200);
  });

  it('writes Atom feed links on the configured origin whatever the Host says', async () => {
    for (const path of ['/api/v1/tools/passenger/feed.atom', `/api/v1/users/${account.username}/feed.atom`]) {
      const { status, body } = await withHost(server, 'GET', path);
      expect(status, path).toBe(200);
      expect(body, path).toContain(`href="${server.origin}/`);
      expect(body, path).not.toContain(FORGED);
    }
  });

  it('sends GitHub a redirect URI on the configured origin whatever the Host says', async () => {
    const { status, headers } = await withHost(server, 'GET', '/api/v1/auth/github');
    expect(status).toBe(302);
    expect(new URL(headers.location!).searchParams.get('redirect_uri')).toBe(`${server.origin}/api/v1/auth/github/callback`);
  });
});

describe('behind a proxy that terminates TLS', () => {
  let server: TestServer;
  let account: TestAccount;
  beforeAll(async () => {
    server = await startTestServer({ config: { publicOrigin: 'https://stackyard.example', trustProxy: 1 } });
    account = await signUpAccount(server);
  });
  afterAll(() => server.stop());

  it("accepts a change from the https origin although the request reaches the server over http, and no other", async () => {
    const patch = (origin: string) =>
      withHost(
        server,
        'PATCH',
        '/api/v1/me',
        { Host: 'stackyard.example', 'X-Forwarded-Proto': 'https', Origin: origin, Cookie: account.cookie, 'Content-Type': 'application/json' },
        '{"bio":"through the proxy"}',
      );
    expect((await patch('https://stackyard.example')).status).toBe(200);
    expect((await patch('http://stackyard.example')).status).toBe(403);
  });
});
