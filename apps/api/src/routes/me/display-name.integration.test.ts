import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBody, signUpAccount, type TestAccount } from '../../testing/accounts.js';
import { buildUser } from '../../testing/factories.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('display names', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  const rename = (account: TestAccount, displayName: string | null) =>
    server.request('/api/v1/me', jsonBody('PATCH', { displayName }, { Cookie: account.cookie }));

  it('are stored NFKC-normalised, without bidirectional controls or zero-width characters', async () => {
    const account = await signUpAccount(server);
    const renamed = await rename(account, '\u202EＧｒａｃｅ\u200B\u200D Hopper\u2066\u2069\uFEFF');
    expect(renamed.status).toBe(200);
    expect(renamed.body.user.displayName).toBe('Grace Hopper');
    const stored = await server.database.db.selectFrom('users').select('display_name').where('username', '=', account.username).executeTakeFirstOrThrow();
    expect(stored.display_name).toBe('Grace Hopper');
    // Nothing visible left: the name is cleared.
    expect((await rename(account, '\u200B\u202E \u2060')).body.user.displayName).toBeNull();
  });

  it('refuse names confusable with admin, moderator or stackyard, and control characters, with 400', async () => {
    const account = await signUpAccount(server);
    for (const displayName of ['Admin', 'аdmin', 'ADM1N', 'Moderator', 'rnoderator', 'Stackyard Team', 'ѕtасkуаrd', 'ａｄｍｉｎ', 'ad\u200Bmin']) {
      const refused = await rename(account, displayName);
      expect(refused.status, displayName).toBe(400);
      expect(refused.body.error.message).toBe('body.displayName: looks like the name of the site or of its staff; choose another');
    }
    const control = await rename(account, 'nul\u0000byte');
    expect(control.status).toBe(400);
    expect(control.body.error.message).toBe('body.displayName: must not contain control characters');
  });

  it("refuse names confusable with another member's username, and take one's own", async () => {
    const { db } = server.database;
    const grace = await buildUser(db, { username: 'grace-hopper', email: 'grace-hopper@example.org' });
    const account = await signUpAccount(server);
    for (const displayName of ['grace-hopper', 'GRACE-HOPPER', 'grace-hοpper', 'grасе-hopper', 'grace-h0pper', 'ɡrace-hopper']) {
      const refused = await rename(account, displayName);
      expect(refused.status, displayName).toBe(400);
      expect(refused.body.error.message).toBe(`body.displayName: looks like the username of another member (@${grace.username}); choose another`);
    }
    expect((await rename(account, 'Grace Hopper')).status).toBe(200);
    const own = await rename(account, account.username.toUpperCase().replace('E', 'Е'));
    expect(own.status).toBe(200);
    expect((await rename(account, null)).body.user.displayName).toBeNull();
  });
});
