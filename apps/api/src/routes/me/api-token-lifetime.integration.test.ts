import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBody, signUpAccount, type TestAccount } from '../../testing/accounts.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('API token lifetimes and revocation', () => {
  let server: TestServer;
  let now = new Date('2026-12-01T12:00:00Z');
  beforeAll(async () => {
    server = await startTestServer({ clock: () => now });
  });
  afterAll(() => server.stop());

  const withCookie = (account: TestAccount, init: RequestInit = {}) => ({ ...init, headers: { ...(init.headers as object), Cookie: account.cookie } });
  const createToken = (account: TestAccount, body: object) => server.request('/api/v1/me/tokens', withCookie(account, jsonBody('POST', body)));
  const asBearer = (secret: string) => server.request('/api/v1/me', { headers: { Authorization: `Bearer ${secret}`, Origin: '' } });

  it('expire in 90 days by default, or in 30 or 365 days, or never, as asked', async () => {
    const account = await signUpAccount(server);
    const made = now.getTime();
    const expiry = async (body: object) => {
      const created = await createToken(account, body);
      expect(created.status, JSON.stringify(body)).toBe(201);
      expect(created.body.token.expired).toBe(false);
      return created.body.token.expiresAt as string | null;
    };
    expect(await expiry({ name: 'default' })).toBe(new Date(made + 90 * DAY_MS).toISOString());
    expect(await expiry({ name: 'a month', expiresInDays: 30 })).toBe(new Date(made + 30 * DAY_MS).toISOString());
    expect(await expiry({ name: 'a year', expiresInDays: 365 })).toBe(new Date(made + 365 * DAY_MS).toISOString());
    expect(await expiry({ name: 'forever', expiresInDays: null })).toBeNull();

    for (const expiresInDays of [7, 0, -30, 91, '90', 1e9]) {
      const refused = await createToken(account, { name: `odd ${String(expiresInDays)}`, expiresInDays });
      expect(refused.status, String(expiresInDays)).toBe(400);
      expect(refused.body.error.message).toMatch(/^body\.expiresInDays: /);
    }

    const listed = await server.request('/api/v1/me/tokens', withCookie(account));
    expect(listed.body.tokens.map((token: { name: string; expiresAt: string | null }) => [token.name, token.expiresAt !== null])).toEqual([
      ['forever', false],
      ['a year', true],
      ['a month', true],
      ['default', true],
    ]);
  });

  it('stop working once expired, and the list says so', async () => {
    const account = await signUpAccount(server);
    const monthly = await createToken(account, { name: 'monthly', expiresInDays: 30 });
    const lasting = await createToken(account, { name: 'lasting', expiresInDays: null });
    expect((await asBearer(monthly.body.secret)).status).toBe(200);

    // A day before expiry it still works (and the session is used, so that it stays alive).
    now = new Date(now.getTime() + 29 * DAY_MS);
    expect((await asBearer(monthly.body.secret)).status).toBe(200);
    expect((await server.request('/api/v1/me', withCookie(account))).status).toBe(200);

    now = new Date(now.getTime() + 1 * DAY_MS);
    const expired = await asBearer(monthly.body.secret);
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe('unauthenticated');
    expect((await asBearer(lasting.body.secret)).status).toBe(200);

    const listed = await server.request('/api/v1/me/tokens', withCookie(account));
    const byName = Object.fromEntries(listed.body.tokens.map((token: { name: string; expired: boolean }) => [token.name, token.expired]));
    expect(byName).toEqual({ monthly: true, lasting: false });
  });

  it('are all revoked by a password change, which says so', async () => {
    const account = await signUpAccount(server);
    const first = await createToken(account, { name: 'laptop' });
    const second = await createToken(account, { name: 'ci', expiresInDays: null });
    const other = await server.request('/api/v1/auth/login', jsonBody('POST', { login: account.username, password: account.password }));
    expect(other.status).toBe(200);

    const changed = await server.request(
      '/api/v1/me/password',
      withCookie(account, jsonBody('POST', { currentPassword: account.password, newPassword: 'an entirely different passphrase' })),
    );
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({
      endedSessions: 1,
      revokedApiTokens: 2,
      message: 'Password changed; 1 other session ended and 2 API tokens were revoked (make new ones for the CLI)',
    });
    for (const token of [first, second]) expect((await asBearer(token.body.secret)).status).toBe(401);
    expect((await server.request('/api/v1/me/tokens', withCookie(account))).body.tokens).toEqual([]);
    expect(await server.database.db.selectFrom('api_tokens').select('id').where('id', 'in', [first.body.token.id, second.body.token.id]).execute()).toEqual([]);
  });

  it('are documented: the change of password says it revokes them, the token shows its expiry', async () => {
    const document = (await server.request('/api/v1/openapi.json')).body;
    const change = document.paths['/api/v1/me/password'].post;
    expect(change.summary).toMatch(/every API token is revoked/);
    expect(Object.keys(change.responses)).toContain('200');
    const lifetime = document.paths['/api/v1/me/tokens'].post.requestBody.content['application/json'].schema.properties.expiresInDays;
    expect(lifetime.default).toBe(90);
    expect(lifetime.anyOf.map((option: { enum?: number[]; type: string }) => option.enum?.[0] ?? option.type)).toEqual([30, 90, 365, 'null']);
    expect(JSON.stringify(document.paths['/api/v1/me/tokens'].get)).toMatch(/expiresAt/);
  });
});
