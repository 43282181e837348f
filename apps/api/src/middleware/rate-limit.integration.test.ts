import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../config.js';
import { jsonBody, signUpAccount } from '../testing/accounts.js';
import { startServersSharingRedis } from '../testing/server-pairs.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const WINDOW_MS = 1500;
const limits = {
  ...defaultConfig().rateLimits,
  loginPerAccountAndIp: { limit: 5, windowMs: WINDOW_MS },
  loginPerIp: { limit: 100, windowMs: WINDOW_MS },
  signupPerIp: { limit: 3, windowMs: 60_000 },
  writesPerUser: { limit: 3, windowMs: 60_000 },
};

describe('rate limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ config: { rateLimits: limits } });
  });
  afterAll(() => server.stop());

  const login = (body: object) => server.request('/api/v1/auth/login', jsonBody('POST', body));

  it('answers the sixth failed sign-in for one account within the window with 429 and Retry-After, then lets the right password in later', async () => {
    const account = await signUpAccount(server);
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await login({ login: account.username, password: `wrong guess ${attempt}` })).status).toBe(401);
    }
    const sixth = await login({ login: account.username.toUpperCase(), password: 'wrong guess 6' });
    expect(sixth.status).toBe(429);
    expect(sixth.body.error.code).toBe('rate_limited');
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // While limited, even the right password waits: guessing must not be able to probe it.
    expect((await login({ login: account.username, password: account.password })).status).toBe(429);

    await new Promise((resolve) => setTimeout(resolve, WINDOW_MS + 200));
    expect((await login({ login: account.username, password: account.password })).status).toBe(200);
  });

  it('does not count successful sign-ins', async () => {
    const account = await signUpAccount(server);
    for (let attempt = 0; attempt < 8; attempt++) {
      expect((await login({ login: account.username, password: account.password })).status).toBe(200);
    }
  });

  it('limits sign-ups per address', async () => {
    const fresh = await startTestServer({ config: { rateLimits: limits } });
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 4; attempt++) {
        const response = await fresh.request('/api/v1/auth/signup', jsonBody('POST', { username: `limit-${attempt}`, email: `limit-${attempt}@example.org`, password: 'a long enough secret' }));
        statuses.push(response.status);
      }
      expect(statuses).toEqual([201, 201, 201, 429]);
    } finally {
      await fresh.stop();
    }
  });

  it('limits changes per user', async () => {
    const account = await signUpAccount(server);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      statuses.push((await server.request('/api/v1/me', jsonBody('PATCH', { bio: `bio ${attempt}` }, { Cookie: account.cookie }))).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    // Reading stays open.
    expect((await server.request('/api/v1/me', { headers: { Cookie: account.cookie } })).status).toBe(200);
  });

  it('can be turned off for load tests', async () => {
    const open = await startTestServer({ config: { rateLimits: { ...limits, enabled: false } } });
    try {
      for (let attempt = 0; attempt < 8; attempt++) {
        expect((await open.request('/api/v1/auth/login', jsonBody('POST', { login: 'nobody-here', password: 'wrong guess' }))).status).toBe(401);
      }
    } finally {
      await open.stop();
    }
  });
});

describe('rate limits shared through Redis', () => {
  let first: TestServer;
  let second: TestServer;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    let servers: [TestServer, TestServer];
    ({ servers, stop } = await startServersSharingRedis({ ...limits, loginPerAccountAndIp: { limit: 5, windowMs: 60_000 } }));
    [first, second] = servers;
  });
  afterAll(() => stop());

  it('counts one account’s failures across processes', async () => {
    const name = `shared-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const server = attempt % 2 === 0 ? first : second;
      statuses.push((await server.request('/api/v1/auth/login', jsonBody('POST', { login: name, password: 'wrong guess' }))).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});
