import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE, cookieFrom } from '../../testing/accounts.js';
import { buildUser } from '../../testing/factories.js';
import type { FakeGithub, FakeGithubUser } from '../../testing/fake-github.js';
import { startServerWithFakeGithub } from '../../testing/server-pairs.js';
import type { TestServer } from '../../testing/test-server.js';

describe("the display name a GitHub sign-in brings", () => {
  let github: FakeGithub;
  let server: TestServer;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ server, github, stop } = await startServerWithFakeGithub());
  });
  afterAll(() => stop());

  /** Signs in through the fake GitHub as `user` and returns the new account's display name. */
  async function displayNameAfterSignIn(code: string, user: FakeGithubUser): Promise<string | null> {
    const start = await server.request('/api/v1/auth/github', { redirect: 'manual' });
    const state = new URL(start.headers.get('location')!).searchParams.get('state')!;
    github.grant(code, user);
    const response = await server.request(`/api/v1/auth/github/callback?code=${code}&state=${state}`, {
      redirect: 'manual',
      headers: { Cookie: cookieFrom(start, 'stackyard_oauth_state')! },
    });
    expect(response.status).toBe(302);
    const me = await server.request('/api/v1/me', { headers: { Cookie: cookieFrom(response, SESSION_COOKIE)! } });
    return me.body.user.displayName;
  }

  const someone = (id: number, login: string, name: string): FakeGithubUser => ({ id, login, name, email: `${login}@example.org`, emails: [] });

  it('is normalised like one typed here', async () => {
    expect(await displayNameAfterSignIn('code-1', someone(7001, 'ada-gh', '\u202EＡｄａ\u200B Lovelace'))).toBe('Ada Lovelace');
  });

  it('is dropped when it looks like the staff, the site or another member', async () => {
    await buildUser(server.database.db, { username: 'linus-t', email: 'linus-t@example.org' });
    expect(await displayNameAfterSignIn('code-2', someone(7002, 'mallory-gh', 'Аdmin'))).toBeNull();
    expect(await displayNameAfterSignIn('code-3', someone(7003, 'eve-gh', 'Stackyard Support'))).toBeNull();
    expect(await displayNameAfterSignIn('code-4', someone(7004, 'trudy-gh', 'L1nus-T'))).toBeNull();
    // Its own username is fine.
    expect(await displayNameAfterSignIn('code-5', someone(7005, 'grace-gh', 'GRACE-GH'))).toBe('GRACE-GH');
  });
});
