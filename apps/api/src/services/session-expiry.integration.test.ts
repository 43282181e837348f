import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE, cookieFrom, jsonBody, signUpAccount } from '../testing/accounts.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { SESSION_INACTIVITY_MS, SESSION_LIFETIME_MS, SESSION_RENEWAL_INTERVAL_MS } from './session-service.js';

describe('session expiry and renewal under a fake clock', () => {
  let server: TestServer;
  let now = new Date('2026-06-01T12:00:00Z');
  const advance = (ms: number) => {
    now = new Date(now.getTime() + ms);
  };

  beforeAll(async () => {
    server = await startTestServer({ clock: () => now });
  });
  afterAll(() => server.stop());

  const me = (cookie: string) => server.request('/api/v1/me', { headers: { Cookie: cookie } });
  const storedExpiry = async () =>
    (await server.database.db.selectFrom('sessions').select(['expires_at', 'last_verified_at']).orderBy('created_at', 'desc').executeTakeFirstOrThrow());

  it('renews on use at most once an hour, and resends the cookie when it does', async () => {
    const account = await signUpAccount(server);
    const initial = await storedExpiry();

    advance(SESSION_RENEWAL_INTERVAL_MS / 2);
    const early = await me(account.cookie);
    expect(early.status).toBe(200);
    expect(cookieFrom(early, SESSION_COOKIE)).toBeNull();
    expect((await storedExpiry()).expires_at).toEqual(initial.expires_at);

    advance(SESSION_RENEWAL_INTERVAL_MS);
    const later = await me(account.cookie);
    expect(later.status).toBe(200);
    expect(cookieFrom(later, SESSION_COOKIE)).toBe(account.cookie);
    const renewed = await storedExpiry();
    expect(renewed.expires_at.getTime()).toBe(now.getTime() + SESSION_INACTIVITY_MS);
    expect(renewed.last_verified_at.getTime()).toBe(now.getTime());
  });

  it('ends after the inactivity timeout', async () => {
    const account = await signUpAccount(server);
    advance(SESSION_INACTIVITY_MS + 1000);
    const response = await me(account.cookie);
    expect(response.status).toBe(401);
    // The dead cookie is cleared.
    expect(response.headers.getSetCookie().some((line) => line.startsWith(`${SESSION_COOKIE}=;`))).toBe(true);
  });

  it('ends at its absolute lifetime however often it is used', async () => {
    const account = await signUpAccount(server);
    const started = now.getTime();
    while (now.getTime() + SESSION_INACTIVITY_MS / 2 < started + SESSION_LIFETIME_MS) {
      advance(SESSION_INACTIVITY_MS / 2);
      expect((await me(account.cookie)).status).toBe(200);
    }
    advance(SESSION_INACTIVITY_MS / 2);
    expect((await me(account.cookie)).status).toBe(401);
    const again = await server.request('/api/v1/auth/login', jsonBody('POST', { login: account.username, password: account.password }));
    expect(again.status).toBe(200);
  });
});
