import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../config.js';
import { jsonBody } from '../testing/accounts.js';
import { buildUser } from '../testing/factories.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const READS = 5;
const limits = { ...defaultConfig().rateLimits, anonymousReadsPerIp: { limit: READS, windowMs: 60_000 } };

describe('reads without signing in, per address', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ config: { rateLimits: limits } });
  });
  afterAll(() => server.stop());

  it('answers 429 with Retry-After past the budget, on any endpoint, while a signed-in reader reads on', async () => {
    const paths = ['/api/v1/tools/nginx', '/api/v1/compare?tools=caddy,nginx', '/api/v1/comparisons/popular', '/api/v1/search?q=ng', '/api/health'];
    const statuses = [];
    for (const path of paths) statuses.push((await server.request(path)).status);
    expect(statuses).toEqual(paths.map(() => 200));

    const refused = await server.request('/api/v1/tools/caddy');
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await server.request('/api/v1/comparisons/popular')).status).toBe(429);

    // The same address signed in is not counted by this budget.
    const cookie = await server.cookieFor(await buildUser(server.database.db));
    for (let read = 0; read < READS * 2; read++) {
      expect((await server.request('/api/v1/tools/caddy', { headers: { cookie } })).status).toBe(200);
    }
    // Nor are changes: a sign-in attempt is judged on its own (here: the wrong password).
    expect((await server.request('/api/v1/auth/login', jsonBody('POST', { login: 'nobody-here', password: 'wrong guess' }))).status).toBe(401);
  });
});
