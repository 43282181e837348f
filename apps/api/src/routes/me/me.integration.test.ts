import { createClient } from '@stackyard/contract';
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

  /** Signs in again, as another browser would: the session cookie it is given (read from Set-Cookie). */
  const signInElsewhere = async (login: string, password: string) => {
    const response = await server.request('/api/v1/auth/login', jsonBody('POST', { login, password }));
    return cookieFrom(response, SESSION_COOKIE)!;
  };

  it('updates the profile and refuses what is not a profile field', async () => {
    const account = await signUpAccount(server);
    const ada = server.as(account);
    const { user } = await ada.me.update({ body: { displayName: 'Ada L.', bio: 'Builds things', websiteUrl: 'https://ada.example.org' } });
    expect(user).toMatchObject({ displayName: 'Ada L.', bio: 'Builds things', websiteUrl: 'https://ada.example.org' });
    for (const bad of [{ avatarUrl: 'javascript:alert(1)' }, { bio: 'x'.repeat(501) }]) {
      await expect(ada.me.update({ body: bad }), JSON.stringify(bad)).rejects.toMatchObject({ status: 400 });
    }
    // Fields the profile does not have, and wrong types: only a raw request can send them.
    for (const bad of [{ role: 'admin' }, { displayName: 7 }]) {
      const refused = await server.request('/api/v1/me', jsonBody('PATCH', bad, { Cookie: account.cookie }));
      expect(refused.status, JSON.stringify(bad)).toBe(400);
    }
    expect((await ada.me.get()).user.role).toBe('member');
  });

  it('changes the password with the current one, ending every other session', async () => {
    const account = await signUpAccount(server);
    const here = server.as(account);
    const elsewhere = server.as({ cookie: await signInElsewhere(account.username, account.password) });
    await expect(here.me.changePassword({ body: { currentPassword: 'not it at all', newPassword: 'a brand new passphrase' } })).rejects.toMatchObject({ status: 403 });
    await expect(here.me.changePassword({ body: { currentPassword: account.password, newPassword: 'password123' } })).rejects.toMatchObject({ status: 400 });

    await expect(here.me.changePassword({ body: { currentPassword: account.password, newPassword: 'a brand new passphrase' } })).resolves.toMatchObject({
      revokedApiTokens: 0,
    });
    await expect(elsewhere.me.get()).rejects.toMatchObject({ status: 401 });
    await expect(here.me.get()).resolves.toMatchObject({ user: { username: account.username } });
    expect(await signInElsewhere(account.username, 'a brand new passphrase')).toMatch(/^stackyard_session=[a-z2-7]{32}$/);
  });

  it('lists sessions and ends one or all the others', async () => {
    const account = await signUpAccount(server);
    const first = server.as(account);
    const second = server.as({ cookie: await signInElsewhere(account.username, account.password) });
    const third = server.as({ cookie: await signInElsewhere(account.username, account.password) });
    const { sessions } = await first.me.sessions();
    expect(sessions).toHaveLength(3);
    expect(sessions.filter((session) => session.current)).toHaveLength(1);

    const secondId = (await second.me.sessions()).sessions.find((session) => session.current)!.id;
    await expect(first.me.endSession({ params: { id: secondId } })).resolves.toBeUndefined();
    await expect(second.me.get()).rejects.toMatchObject({ status: 401 });
    await expect(first.me.endSession({ params: { id: secondId } })).rejects.toMatchObject({ status: 404 });

    await expect(first.me.endOtherSessions()).resolves.toBeUndefined();
    await expect(third.me.get()).rejects.toMatchObject({ status: 401 });
    await expect(first.me.get()).resolves.toMatchObject({ user: { username: account.username } });
  });

  it('issues API tokens that are shown once, work as Bearer, and stop working when revoked', async () => {
    const account = await signUpAccount(server);
    const browser = server.as(account);
    const created = await browser.me.createToken({ body: { name: 'laptop CLI' } });
    const { secret } = created;
    expect(secret).toMatch(/^sy_[a-z2-7]{32}$/);

    const listed = await browser.me.tokens();
    expect(listed.tokens).toEqual([expect.objectContaining({ id: created.token.id, name: 'laptop CLI' })]);
    expect(JSON.stringify(listed)).not.toContain(secret);
    const stored = await server.database.db.selectFrom('api_tokens').select('token_hash').where('id', '=', created.token.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(secret.slice(3));

    // The CLI: the token and no Origin, as a program (not a browser) sends.
    const cli = createClient({ baseUrl: server.url, headers: { Authorization: `Bearer ${secret}` } });
    expect((await cli.me.get()).user.username).toBe(account.username);
    const used = await browser.me.tokens();
    expect(used.tokens[0]!.lastUsedAt).not.toBeNull();

    // A token cannot mint tokens or change the password.
    await expect(cli.me.createToken({ body: { name: 'more' } })).rejects.toMatchObject({ status: 403 });

    await expect(browser.me.revokeToken({ params: { id: created.token.id } })).resolves.toBeUndefined();
    await expect(cli.me.get()).rejects.toMatchObject({ status: 401 });
    await expect(server.client.me.get(undefined, { headers: { Authorization: 'Bearer sy_notarealtoken' } })).rejects.toMatchObject({ status: 401 });
    await expect(server.client.me.get(undefined, { headers: { Authorization: 'Basic abc' } })).rejects.toMatchObject({ status: 401 });
  });

  it('deletes an account and keeps every counter equal to what it counts', async () => {
    // A demo member with votes, follows and stacks.
    const { db } = server.database;
    const busy = await db
      .selectFrom('users as u')
      .selectAll('u')
      .where((eb) => eb.exists(eb.selectFrom('stacks').select('id').whereRef('stacks.owner_id', '=', 'u.id')))
      .where((eb) => eb.exists(eb.selectFrom('reason_votes').select('user_id').whereRef('reason_votes.user_id', '=', 'u.id')))
      .where((eb) => eb.exists(eb.selectFrom('follows').select('id').whereRef('follows.user_id', '=', 'u.id')))
      .orderBy('u.id')
      .executeTakeFirstOrThrow();
    // Demo members have no password: signed in with a session started the way sign-in would.
    const member = server.as(busy);

    await expect(member.me.remove({ body: {} })).resolves.toBeUndefined();
    expect(await db.selectFrom('users').select('id').where('id', '=', busy.id).executeTakeFirst()).toBeUndefined();
    expect(await findCounterDrift(db)).toEqual([]);
    await expect(member.me.get()).rejects.toMatchObject({ status: 401 });
  });

  it('asks for the password before deleting an account that has one', async () => {
    const account = await signUpAccount(server);
    const client = server.as(account);
    await expect(client.me.remove({ body: {} })).rejects.toMatchObject({ status: 403 });
    await expect(client.me.remove({ body: { password: account.password } })).resolves.toBeUndefined();
    await expect(server.client.auth.login({ body: { login: account.username, password: account.password } })).rejects.toMatchObject({ status: 401 });
  });
});
