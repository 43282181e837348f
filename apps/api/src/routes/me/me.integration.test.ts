import { findCounterDrift } from '@stackyard/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE, cookieFrom, jsonBody, signUpAccount } from '../../testing/accounts.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('the signed-in account', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  const as = (cookie: string, init: RequestInit = {}) => ({ ...init, headers: { ...(init.headers as object), Cookie: cookie } });
  const login = async (login: string, password: string) => {
    const response = await server.request('/api/v1/auth/login', jsonBody('POST', { login, password }));
    return cookieFrom(response, SESSION_COOKIE)!;
  };

  it('updates the profile and refuses what is not a profile field', async () => {
    const account = await signUpAccount(server);
    const { status, body } = await server.request('/api/v1/me', as(account.cookie, jsonBody('PATCH', { displayName: 'Ada L.', bio: 'Builds things', websiteUrl: 'https://ada.example.org' })));
    expect(status).toBe(200);
    expect(body.user).toMatchObject({ displayName: 'Ada L.', bio: 'Builds things', websiteUrl: 'https://ada.example.org' });
    for (const bad of [{ role: 'admin' }, { avatarUrl: 'javascript:alert(1)' }, { bio: 'x'.repeat(501) }, { displayName: 7 }]) {
      const refused = await server.request('/api/v1/me', as(account.cookie, jsonBody('PATCH', bad)));
      expect(refused.status, JSON.stringify(bad)).toBe(400);
    }
    expect((await server.request('/api/v1/me', as(account.cookie))).body.user.role).toBe('member');
  });

  it('changes the password with the current one, ending every other session', async () => {
    const account = await signUpAccount(server);
    const other = await login(account.username, account.password);
    const wrong = await server.request('/api/v1/me/password', as(account.cookie, jsonBody('POST', { currentPassword: 'not it at all', newPassword: 'a brand new passphrase' })));
    expect(wrong.status).toBe(403);
    const common = await server.request('/api/v1/me/password', as(account.cookie, jsonBody('POST', { currentPassword: account.password, newPassword: 'password123' })));
    expect(common.status).toBe(400);

    const changed = await server.request('/api/v1/me/password', as(account.cookie, jsonBody('POST', { currentPassword: account.password, newPassword: 'a brand new passphrase' })));
    expect(changed.status).toBe(200);
    expect((await server.request('/api/v1/me', as(other))).status).toBe(401);
    expect((await server.request('/api/v1/me', as(account.cookie))).status).toBe(200);
    expect(await login(account.username, 'a brand new passphrase')).toMatch(/^stackyard_session=[a-z2-7]{32}$/);
  });

  it('lists sessions and ends one or all the others', async () => {
    const account = await signUpAccount(server);
    const second = await login(account.username, account.password);
    const third = await login(account.username, account.password);
    const { body } = await server.request('/api/v1/me/sessions', as(account.cookie));
    expect(body.sessions).toHaveLength(3);
    expect(body.sessions.filter((session: { current: boolean }) => session.current)).toHaveLength(1);

    const secondId = (await server.request('/api/v1/me/sessions', as(second))).body.sessions.find((session: { current: boolean }) => session.current).id;
    expect((await server.request(`/api/v1/me/sessions/${secondId}`, as(account.cookie, { method: 'DELETE' }))).status).toBe(204);
    expect((await server.request('/api/v1/me', as(second))).status).toBe(401);
    expect((await server.request(`/api/v1/me/sessions/${secondId}`, as(account.cookie, { method: 'DELETE' }))).status).toBe(404);

    expect((await server.request('/api/v1/me/sessions', as(account.cookie, { method: 'DELETE' }))).status).toBe(204);
    expect((await server.request('/api/v1/me', as(third))).status).toBe(401);
    expect((await server.request('/api/v1/me', as(account.cookie))).status).toBe(200);
  });

  it('issues API tokens that are shown once, work as Bearer, and stop working when revoked', async () => {
    const account = await signUpAccount(server);
    const created = await server.request('/api/v1/me/tokens', as(account.cookie, jsonBody('POST', { name: 'laptop CLI' })));
    expect(created.status).toBe(201);
    const secret: string = created.body.secret;
    expect(secret).toMatch(/^sy_[a-z2-7]{32}$/);

    const listed = await server.request('/api/v1/me/tokens', as(account.cookie));
    expect(listed.body.tokens).toEqual([expect.objectContaining({ id: created.body.token.id, name: 'laptop CLI' })]);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    const stored = await server.database.db.selectFrom('api_tokens').select('token_hash').where('id', '=', created.body.token.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(secret.slice(3));

    const bearer = { Authorization: `Bearer ${secret}` };
    const viaToken = await server.request('/api/v1/me', { headers: { ...bearer, Origin: '' } });
    expect(viaToken.status).toBe(200);
    expect(viaToken.body.user.username).toBe(account.username);
    const used = await server.request('/api/v1/me/tokens', as(account.cookie));
    expect(used.body.tokens[0].lastUsedAt).not.toBeNull();

    // A token cannot mint tokens or change the password.
    expect((await server.request('/api/v1/me/tokens', { ...jsonBody('POST', { name: 'more' }), headers: { ...bearer, 'Content-Type': 'application/json' } })).status).toBe(403);

    expect((await server.request(`/api/v1/me/tokens/${created.body.token.id}`, as(account.cookie, { method: 'DELETE' }))).status).toBe(204);
    expect((await server.request('/api/v1/me', { headers: bearer })).status).toBe(401);
    expect((await server.request('/api/v1/me', { headers: { Authorization: 'Bearer sy_notarealtoken' } })).status).toBe(401);
    expect((await server.request('/api/v1/me', { headers: { Authorization: 'Basic abc' } })).status).toBe(401);
  });

  it('deletes an account and keeps every counter equal to what it counts', async () => {
    // A demo member with votes, follows and stacks.
    const { db } = server.database;
    const busy = await db
      .selectFrom('users as u')
      .select(['u.id', 'u.username'])
      .where((eb) => eb.exists(eb.selectFrom('stacks').select('id').whereRef('stacks.owner_id', '=', 'u.id')))
      .where((eb) => eb.exists(eb.selectFrom('reason_votes').select('user_id').whereRef('reason_votes.user_id', '=', 'u.id')))
      .where((eb) => eb.exists(eb.selectFrom('follows').select('id').whereRef('follows.user_id', '=', 'u.id')))
      .orderBy('u.id')
      .executeTakeFirstOrThrow();
    // Demo members have no password; give this one a session the way sign-in would.
    const { startSession } = await import('../../services/session-service.js');
    const session = await startSession(db, busy.id, new Date(), { userAgent: null, ip: null });
    const cookie = `${SESSION_COOKIE}=${session.token}`;

    const deleted = await server.request('/api/v1/me', as(cookie, jsonBody('DELETE', {})));
    expect(deleted.status).toBe(204);
    expect(await db.selectFrom('users').select('id').where('id', '=', busy.id).executeTakeFirst()).toBeUndefined();
    expect(await findCounterDrift(db)).toEqual([]);
    expect((await server.request('/api/v1/me', as(cookie))).status).toBe(401);
  });

  it('asks for the password before deleting an account that has one', async () => {
    const account = await signUpAccount(server);
    expect((await server.request('/api/v1/me', as(account.cookie, jsonBody('DELETE', {})))).status).toBe(403);
    expect((await server.request('/api/v1/me', as(account.cookie, jsonBody('DELETE', { password: account.password })))).status).toBe(204);
    expect((await server.request('/api/v1/auth/login', jsonBody('POST', { login: account.username, password: account.password }))).status).toBe(401);
  });
});
