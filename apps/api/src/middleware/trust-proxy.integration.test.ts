import { afterEach, describe, expect, it } from 'vitest';
import { defaultConfig, type TrustProxy } from '../config.js';
import { SESSION_COOKIE, cookieFrom, jsonBody } from '../testing/accounts.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

/** Two sign-ups per address, so that a third from one address is refused. */
const limits = { ...defaultConfig().rateLimits, signupPerIp: { limit: 2, windowMs: 60_000 } };

let server: TestServer;
afterEach(() => server.stop());

const start = async (trustProxy?: TrustProxy) => {
  server = await startTestServer({ config: { rateLimits: limits, ...(trustProxy === undefined ? {} : { trustProxy }) } });
};

let counter = 0;
/** Signs up a new person with the given X-Forwarded-For; returns the status and the session's recorded address. */
async function signUpVia(forwardedFor: string): Promise<{ status: number; ip: string | null }> {
  counter += 1;
  const name = `proxied_${process.pid}_${counter}`;
  const account = { username: name, email: `${name}@example.org`, password: `Quartz lanterns drift over ${counter} harbours` };
  const response = await server.request('/api/v1/auth/signup', jsonBody('POST', account, { 'X-Forwarded-For': forwardedFor }));
  if (response.status !== 201) return { status: response.status, ip: null };
  const sessions = await server.request('/api/v1/me/sessions', { headers: { Cookie: cookieFrom(response, SESSION_COOKIE)! } });
  const current = (sessions.body.sessions as Array<{ current: boolean; ip: string | null }>).find((session) => session.current)!;
  return { status: response.status, ip: current.ip };
}

describe('the client address behind proxies (TRUST_PROXY)', () => {
  it('trusts nobody by default: X-Forwarded-For from the client changes neither req.ip nor its rate-limit key', async () => {
    await start();
    // The test client connects from loopback, which used to be trusted: it could name any address.
    expect(await signUpVia('203.0.113.1')).toEqual({ status: 201, ip: '127.0.0.1' });
    expect(await signUpVia('203.0.113.2')).toEqual({ status: 201, ip: '127.0.0.1' });
    expect((await signUpVia('203.0.113.3')).status).toBe(429);
    expect(defaultConfig().trustProxy).toBe(false);
  });

  it('with a hop count, takes the address the trusted proxy saw, and counts each visitor on their own', async () => {
    await start(1);
    // Only the last entry is the proxy's; what the client wrote before it is not believed.
    expect(await signUpVia('6.6.6.6, 198.51.100.1')).toEqual({ status: 201, ip: '198.51.100.1' });
    expect(await signUpVia('198.51.100.1')).toEqual({ status: 201, ip: '198.51.100.1' });
    expect((await signUpVia('198.51.100.1')).status).toBe(429);
    // Another visitor behind the same proxy has a budget of their own.
    expect(await signUpVia('198.51.100.2')).toEqual({ status: 201, ip: '198.51.100.2' });
  });

  it('with a list, believes only the peers it names', async () => {
    await start(['10.0.0.0/8', 'fd00::/8']);
    expect(await signUpVia('198.51.100.7')).toEqual({ status: 201, ip: '127.0.0.1' });
    await server.stop();

    await start(['10.0.0.0/8', '127.0.0.1']);
    expect(await signUpVia('198.51.100.7')).toEqual({ status: 201, ip: '198.51.100.7' });
  });
});
