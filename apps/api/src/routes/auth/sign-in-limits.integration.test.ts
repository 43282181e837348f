import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, type RateLimitConfig } from '../../config.js';
import { signUpAccount } from '../../testing/accounts.js';
import { startServersSharingRedis } from '../../testing/server-pairs.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

interface Answer {
  status: number;
  retryAfter: number | null;
  body: { error?: { code: string; message: string } };
}

/**
 * POST /api/v1/auth/login from a given loopback address (127.0.0.2, 127.0.0.3...): a real socket from
 * another source address, which is what the server keys on, without any forwarding header.
 */
function loginFrom(server: TestServer, address: string, body: object): Promise<Answer> {
  const url = new URL('/api/v1/auth/login', server.url);
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method: 'POST',
        localAddress: address,
        agent: false,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload), Origin: server.origin },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          const retryAfter = res.headers['retry-after'];
          resolve({ status: res.statusCode ?? 0, retryAfter: retryAfter === undefined ? null : Number(retryAfter), body: text ? JSON.parse(text) : {} });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The real limits' shape, the per-address limit over all accounts out of the way. */
function limits(overrides: Partial<RateLimitConfig>): RateLimitConfig {
  return { ...defaultConfig().rateLimits, loginPerIp: { limit: 10_000, windowMs: 60_000 }, ...overrides };
}

describe('the sign-in limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ config: { rateLimits: limits({}) } });
  });
  afterAll(() => server.stop());

  it('are 5 failures per account and address in 15 minutes, and 100 per account in an hour, by default', () => {
    const { loginPerAccountAndIp, loginPerAccount } = defaultConfig().rateLimits;
    expect(loginPerAccountAndIp).toEqual({ limit: 5, windowMs: 15 * 60_000 });
    expect(loginPerAccount).toEqual({ limit: 100, windowMs: 60 * 60_000 });
  });

  it('count a login padded with spaces as the account it names', async () => {
    const account = await signUpAccount(server);
    const padded = `${account.username}${' '.repeat(260)}`;
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await loginFrom(server, '127.0.0.2', { login: padded, password: `wrong guess ${attempt}` })).status).toBe(401);
    }
    const sixth = await loginFrom(server, '127.0.0.2', { login: `   ${account.username}${' '.repeat(300)}`, password: 'wrong guess 6' });
    expect(sixth.status).toBe(429);
    expect(sixth.body.error?.code).toBe('rate_limited');
    expect(sixth.retryAfter).toBeGreaterThan(60);
    // While limited, even the right password waits, so that guessing cannot probe it.
    expect((await loginFrom(server, '127.0.0.2', { login: account.username, password: account.password })).status).toBe(429);
  });

  it('share one counter between the username and the email of an account, in any case', async () => {
    const account = await signUpAccount(server);
    const logins = [account.username, account.email, account.username.toUpperCase(), ` ${account.email.toUpperCase()} `, account.username];
    for (const login of logins) {
      expect((await loginFrom(server, '127.0.0.3', { login, password: 'not the password' })).status, login).toBe(401);
    }
    expect((await loginFrom(server, '127.0.0.3', { login: account.email, password: 'not the password' })).status).toBe(429);
  });

  it('limit logins that name no account by their normalised form', async () => {
    const variants = ['Nobody-Here-42', 'nobody-here-42', ` NOBODY-HERE-42${' '.repeat(260)}`, 'ｎｏｂｏｄｙ-ｈｅｒｅ-４２', 'nobody-here-42 '];
    for (const login of variants) {
      expect((await loginFrom(server, '127.0.0.4', { login, password: 'a guess' })).status, login).toBe(401);
    }
    expect((await loginFrom(server, '127.0.0.4', { login: 'NOBODY-here-42', password: 'a guess' })).status).toBe(429);
  });

  it('do not lock the owner out from another address', async () => {
    const account = await signUpAccount(server);
    for (let attempt = 1; attempt <= 6; attempt++) {
      await loginFrom(server, '127.0.0.5', { login: account.email, password: `wrong guess ${attempt}` });
    }
    expect((await loginFrom(server, '127.0.0.5', { login: account.username, password: account.password })).status).toBe(429);
    expect((await loginFrom(server, '127.0.0.6', { login: account.username, password: 'one typo' })).status).toBe(401);
    expect((await loginFrom(server, '127.0.0.6', { login: account.username, password: account.password })).status).toBe(200);
  });

  it('hold under a burst: 20 guesses at once from one address get at most 5 answers that checked the password', async () => {
    const account = await signUpAccount(server);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) => loginFrom(server, '127.0.0.7', { login: account.username, password: `burst guess ${index}` })),
    );
    expect(answers.filter((answer) => answer.status === 401)).toHaveLength(5);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(15);
  });
});

describe('the per-account limit over every address', () => {
  // 20 failures in 30 s, then one attempt every 1.5 s: small numbers of the default's shape.
  const loose = { limit: 20, windowMs: 30_000 };
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ config: { rateLimits: limits({ loginPerAccount: loose }) } });
  });
  afterAll(() => server.stop());

  it('slows sign-ins for the account down past its budget instead of locking the owner out', async () => {
    const account = await signUpAccount(server);
    // A guesser spread over four addresses, five guesses each: under every per-address limit.
    for (let attempt = 0; attempt < loose.limit; attempt++) {
      const address = `127.0.1.${2 + Math.floor(attempt / 5)}`;
      expect((await loginFrom(server, address, { login: account.username, password: `spread guess ${attempt}` })).status).toBe(401);
    }
    // Past the budget one attempt per interval goes through, from any address; the next waits.
    expect((await loginFrom(server, '127.0.1.10', { login: account.email, password: 'paced guess' })).status).toBe(401);
    const waiting = await loginFrom(server, '127.0.1.11', { login: account.username, password: account.password });
    expect(waiting.status).toBe(429);
    expect(waiting.body.error?.message).toMatch(/one attempt every 2 s/);
    expect(waiting.retryAfter).toBeGreaterThanOrEqual(1);
    expect(waiting.retryAfter).toBeLessThanOrEqual(2);

    // After that interval, well inside the 30-second window, the owner gets in from a fresh address.
    await sleep(1700);
    expect((await loginFrom(server, '127.0.1.11', { login: account.username, password: account.password })).status).toBe(200);
  });
});

describe('the sign-in limits shared through Redis', () => {
  // Counters outlive a run in Redis: each run signs in from an address of its own.
  const octet = () => 1 + Math.floor(Math.random() * 250);
  const address = `127.${octet()}.${octet()}.${octet()}`;
  const shared = limits({ loginPerAccount: { limit: 10_000, windowMs: 60_000 } });
  let first: TestServer;
  let second: TestServer;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    let servers: [TestServer, TestServer];
    ({ servers, stop } = await startServersSharingRedis(shared));
    [first, second] = servers;
  });
  afterAll(() => stop());

  it('count an account named by username or email as one', async () => {
    const account = await signUpAccount(first);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const login = attempt % 2 === 0 ? account.email : `${account.username}${' '.repeat(260)}`;
      statuses.push((await loginFrom(first, address, { login, password: 'wrong guess' })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('count a login that names no account across processes, however it is spelt', async () => {
    const name = `shared-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const login = attempt % 2 === 0 ? name.toUpperCase() : `${name}${' '.repeat(260)}`;
      statuses.push((await loginFrom(attempt % 2 === 0 ? first : second, address, { login, password: 'wrong guess' })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});
