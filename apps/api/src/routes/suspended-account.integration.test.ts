import { findCounterDrift } from '@stackyard/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE, cookieFrom, jsonBody, signUpAccount } from '../testing/accounts.js';
import { buildStack, buildUser } from '../testing/factories.js';
import { createSignedInUsers } from '../testing/sessions.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

/**
 * What a suspended account keeps: reading, and looking after itself (password, sessions, tokens, deleting
 * the account). What it loses: every other change, and any moderator or admin power its role gave it.
 */
describe('a suspended account', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  const db = () => server.database.db;
  const as = (cookie: string, init: RequestInit = {}) => ({ ...init, headers: { ...(init.headers as object), Cookie: cookie } });
  /** Sets or lifts a staff member's suspension directly: no moderator may suspend an admin. */
  const suspend = (id: number, at: Date | null = new Date()) => db().updateTable('users').set({ suspended_at: at }).where('id', '=', id).execute();
  /** Suspends a member the way a moderator does, so that what they wrote leaves public view with them. */
  const suspendMember = async (id: number) => {
    const moderator = await buildUser(db(), { role: 'moderator' });
    await server.as(moderator).moderation.act({ body: { action: 'suspend', subjectType: 'user', subjectId: id } });
  };

  it.each(['moderator', 'admin'] as const)('has no moderator powers when its role is %s', async (role) => {
    const [staff] = await createSignedInUsers(db(), 1);
    await db().updateTable('users').set({ role }).where('id', '=', staff!.id).execute();
    const cookie = staff!.cookie;
    const reason = await db().selectFrom('reasons').select('id').where('hidden', '=', false).orderBy('id').executeTakeFirstOrThrow();
    const hide = jsonBody('POST', { action: 'hide', subjectType: 'reason', subjectId: reason.id }, { Cookie: cookie });
    const owner = await buildUser(db());
    const hiddenStack = await buildStack(db(), owner);
    const moderator = await buildUser(db(), { role: 'moderator' });
    await server.as(moderator).moderation.act({ body: { action: 'hide', subjectType: 'stack', subjectId: hiddenStack.id } });
    const suspendedPerson = await buildUser(db(), { suspended_at: new Date() });
    const stackPath = `/api/v1/stacks/${owner.username}/${hiddenStack.slug}`;

    // In good standing, the role opens all of these.
    expect((await server.request('/api/v1/moderation/reports', as(cookie))).status).toBe(200);
    expect((await server.request(stackPath, as(cookie))).status).toBe(200);
    expect((await server.request(`/api/v1/users/${suspendedPerson.username}`, as(cookie))).status).toBe(200);

    await suspend(staff!.id);
    const queue = await server.request('/api/v1/moderation/reports', as(cookie));
    expect(queue.status).toBe(403);
    expect(queue.body.error.code).toBe('forbidden');
    expect((await server.request('/api/v1/moderation/actions', hide)).status).toBe(403);
    expect((await db().selectFrom('reasons').select('hidden').where('id', '=', reason.id).executeTakeFirstOrThrow()).hidden).toBe(false);
    // Nor does it see what only moderators see, or edit what only its owner or a moderator may.
    expect((await server.request(stackPath, as(cookie))).status).toBe(404);
    expect((await server.request(`/api/v1/users/${suspendedPerson.username}`, as(cookie))).status).toBe(404);
    const visibleStack = await buildStack(db(), owner);
    const edit = await server.request(`/api/v1/stacks/${owner.username}/${visibleStack.slug}`, as(cookie, jsonBody('PATCH', { name: 'Taken over' })));
    expect(edit.status).toBe(403);
    expect((await db().selectFrom('stacks').select('name').where('id', '=', visibleStack.id).executeTakeFirstOrThrow()).name).toBe(visibleStack.name);

    // Lifting the suspension gives the powers back.
    await suspend(staff!.id, null);
    expect((await server.request('/api/v1/moderation/reports', as(cookie))).status).toBe(200);
  });

  it('can still read its own data, change its password, end sessions, revoke tokens and delete itself', async () => {
    const account = await signUpAccount(server);
    const login = async (password: string) => {
      const response = await server.request('/api/v1/auth/login', jsonBody('POST', { login: account.username, password }));
      expect(response.status).toBe(200);
      return cookieFrom(response, SESSION_COOKIE)!;
    };
    const [second, third] = [await login(account.password), await login(account.password)];
    const token = await server.request('/api/v1/me/tokens', as(account.cookie, jsonBody('POST', { name: 'laptop' })));
    expect(token.status).toBe(201);
    const user = await db().selectFrom('users').select('id').where('username', '=', account.username).executeTakeFirstOrThrow();
    await suspendMember(user.id);

    // Reads.
    expect((await server.request('/api/v1/me', as(account.cookie))).body.user.username).toBe(account.username);
    const sessions = await server.request('/api/v1/me/sessions', as(account.cookie));
    expect(sessions.status).toBe(200);
    expect(sessions.body.sessions).toHaveLength(3);
    expect((await server.request('/api/v1/me/tokens', as(account.cookie))).body.tokens).toHaveLength(1);

    // Changes to anything else, its profile included, are refused.
    expect((await server.request('/api/v1/me', as(account.cookie, jsonBody('PATCH', { bio: 'Still here' })))).status).toBe(403);
    expect((await server.request('/api/v1/me/tokens', as(account.cookie, jsonBody('POST', { name: 'another' })))).status).toBe(403);
    expect((await server.request('/api/v1/stacks', as(account.cookie, jsonBody('POST', { name: 'Not now', tools: [{ slug: 'nginx' }] })))).status).toBe(403);

    // Looking after the account is allowed.
    const secondId = (await server.request('/api/v1/me/sessions', as(second))).body.sessions.find((session: { current: boolean }) => session.current).id;
    expect((await server.request(`/api/v1/me/sessions/${secondId}`, as(account.cookie, { method: 'DELETE' }))).status).toBe(204);
    expect((await server.request('/api/v1/me', as(second))).status).toBe(401);
    expect((await server.request('/api/v1/me/sessions', as(account.cookie, { method: 'DELETE' }))).status).toBe(204);
    expect((await server.request('/api/v1/me', as(third))).status).toBe(401);
    expect((await server.request(`/api/v1/me/tokens/${token.body.token.id}`, as(account.cookie, { method: 'DELETE' }))).status).toBe(204);
    expect((await server.request('/api/v1/me/tokens', as(account.cookie))).body.tokens).toEqual([]);

    const newPassword = `Quartz lantern ${account.password.slice(-6)} orbit`;
    const changed = await server.request('/api/v1/me/password', as(account.cookie, jsonBody('POST', { currentPassword: account.password, newPassword })));
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    const fresh = await login(newPassword);

    expect((await server.request('/api/v1/me', as(fresh, jsonBody('DELETE', { password: newPassword })))).status).toBe(204);
    expect(await db().selectFrom('users').select('id').where('id', '=', user.id).executeTakeFirst()).toBeUndefined();
    expect(await findCounterDrift(db())).toEqual([]);
  });
});
