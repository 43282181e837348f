import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE, cookieFrom, signUpAccount } from '../../testing/accounts.js';
import type { FakeGithub, FakeGithubUser } from '../../testing/fake-github.js';
import { startServerWithFakeGithub } from '../../testing/server-pairs.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('GitHub sign-in against a fake GitHub', () => {
  let github: FakeGithub;
  let server: TestServer;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ server, github, stop } = await startServerWithFakeGithub());
  });
  afterAll(() => stop());

  /** Starts the flow as a browser would: returns the state GitHub would echo back and the state cookie. */
  async function begin() {
    const response = await server.request('/api/v1/auth/github', { redirect: 'manual' });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(`${github.url}/login/oauth/authorize`);
    expect(location.searchParams.get('client_id')).toBe(github.clientId);
    expect(location.searchParams.get('redirect_uri')).toBe(`${server.origin}/api/v1/auth/github/callback`);
    const line = response.headers.getSetCookie().find((entry) => entry.startsWith('stackyard_oauth_state='))!;
    expect(line).toMatch(/HttpOnly/i);
    expect(line).toMatch(/Max-Age=600/);
    return { state: location.searchParams.get('state')!, cookie: cookieFrom(response, 'stackyard_oauth_state')! };
  }

  /** GitHub sends the browser back: raw, to see the redirect and the session cookie it sets. */
  const callback = (query: string, cookie: string) =>
    server.request(`/api/v1/auth/github/callback?${query}`, { redirect: 'manual', headers: { Cookie: cookie } });

  const octocat: FakeGithubUser = {
    id: 583231,
    login: 'octocat',
    name: 'The Octocat',
    email: null,
    emails: [
      { email: 'old@example.org', primary: false, verified: true },
      { email: 'octocat@example.org', primary: true, verified: true },
    ],
  };

  it('creates an account on first sign-in, named after the GitHub login, and signs it in', async () => {
    const { state, cookie } = await begin();
    github.grant('first-code', octocat);
    const response = await callback(`code=first-code&state=${state}`, cookie);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/');
    const { user } = await server.as({ cookie: cookieFrom(response, SESSION_COOKIE)! }).me.get();
    expect(user).toMatchObject({ username: 'octocat', email: 'octocat@example.org', displayName: 'The Octocat', hasPassword: false });
  });

  it('finds the same account when the same GitHub user returns, even under a new login', async () => {
    const { state, cookie } = await begin();
    github.grant('second-code', { ...octocat, login: 'octocat-renamed' });
    const response = await callback(`code=second-code&state=${state}`, cookie);
    const { user } = await server.as({ cookie: cookieFrom(response, SESSION_COOKIE)! }).me.get();
    expect(user.username).toBe('octocat');
    const count = await server.database.db.selectFrom('oauth_accounts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(count.n).toBe(1);
  });

  it('derives a free username when the GitHub login is taken here', async () => {
    await signUpAccount(server, { username: 'hubot' });
    const { state, cookie } = await begin();
    github.grant('third-code', { id: 99, login: 'Hubot', name: null, email: 'hubot@example.org', emails: [] });
    const response = await callback(`code=third-code&state=${state}`, cookie);
    const { user } = await server.as({ cookie: cookieFrom(response, SESSION_COOKIE)! }).me.get();
    expect(user.username).toBe('Hubot-2');
  });

  it('refuses a state that does not match the cookie with 400', async () => {
    const { cookie } = await begin();
    github.grant('fourth-code', octocat);
    const forged = { query: { code: 'fourth-code', state: 'forged' } };
    await expect(server.as({ cookie }).auth.githubCallback(forged)).rejects.toMatchObject({ status: 400, code: 'validation_failed' });
    await expect(server.client.auth.githubCallback(forged)).rejects.toMatchObject({ status: 400 });
  });

  it('reports a provider error clearly and signs nobody in', async () => {
    const denied = await begin();
    await expect(server.as({ cookie: denied.cookie }).auth.githubCallback({ query: { error: 'access_denied', state: denied.state } })).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('access_denied'),
    });

    const expired = await begin();
    const badCode = await callback(`code=never-granted&state=${expired.state}`, expired.cookie);
    expect(badCode.status).toBe(400);
    expect(badCode.body.error.message).toContain('bad_verification_code');
    expect(cookieFrom(badCode, SESSION_COOKIE)).toBeNull();
  });
});

describe('GitHub sign-in without configuration', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('is cleanly absent', async () => {
    await expect(server.client.auth.github()).rejects.toMatchObject({ status: 404, message: expect.stringContaining('not configured') });
  });
});
