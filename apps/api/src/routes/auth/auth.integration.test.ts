import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE, cookieFrom, jsonBody, signUpAccount } from '../../testing/accounts.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('sign up, sign in, sign out', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('signs up with a session cookie, and stores neither the token nor the password', async () => {
    const account = await signUpAccount(server);
    const token = account.cookie.split('=')[1]!;
    // At least 128 bits: 20 random bytes in base32 are 32 characters.
    expect(token).toMatch(/^[a-z2-7]{32,}$/);

    const { user: me } = await server.as(account).me.get();
    expect(me).toMatchObject({ username: account.username, email: account.email, role: 'member', hasPassword: true });

    const sessions = await server.database.db.selectFrom('sessions').select('id').execute();
    expect(sessions.length).toBeGreaterThan(0);
    for (const session of sessions) expect(session.id).not.toContain(token);
    const user = await server.database.db
      .selectFrom('users')
      .select('password_hash')
      .where('username', '=', account.username)
      .executeTakeFirstOrThrow();
    expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(user.password_hash).not.toContain(account.password);
  });

  it('sets the cookie HttpOnly, SameSite=Lax, Path=/ and not Secure in development', async () => {
    const response = await server.request('/api/v1/auth/signup', jsonBody('POST', { username: 'cookie-check', email: 'cookie@example.org', password: 'a fine long secret' }));
    const line = response.headers.getSetCookie().find((entry) => entry.startsWith(`${SESSION_COOKIE}=`))!;
    expect(line).toMatch(/HttpOnly/i);
    expect(line).toMatch(/SameSite=Lax/i);
    expect(line).toMatch(/Path=\//);
    expect(line).not.toMatch(/Secure/i);
  });

  it('issues a new token at every sign-in and ends the session it replaces', async () => {
    const account = await signUpAccount(server);
    // Raw, to read the new token from Set-Cookie.
    const login = await server.request('/api/v1/auth/login', jsonBody('POST', { login: account.username.toUpperCase(), password: account.password }, { Cookie: account.cookie }));
    expect(login.status).toBe(200);
    const fresh = cookieFrom(login, SESSION_COOKIE)!;
    expect(fresh).not.toBe(account.cookie);
    await expect(server.as({ cookie: fresh }).me.get()).resolves.toMatchObject({ user: { username: account.username } });
    await expect(server.as(account).me.get()).rejects.toMatchObject({ status: 401 });

    await expect(server.client.auth.login({ body: { login: account.email.toUpperCase(), password: account.password } })).resolves.toMatchObject({
      user: { username: account.username },
    });
  });

  it('signs out: the old cookie then gets 401', async () => {
    const account = await signUpAccount(server);
    const browser = server.as(account);
    await expect(browser.auth.logout()).resolves.toBeUndefined();
    await expect(browser.me.get()).rejects.toMatchObject({ status: 401, code: 'unauthenticated' });
  });

  it('answers a wrong username and a wrong password alike', async () => {
    const account = await signUpAccount(server);
    // Raw, to compare the two answers whole, not only the fields the client keeps.
    const wrongPassword = await server.request('/api/v1/auth/login', jsonBody('POST', { login: account.username, password: 'not the password' }));
    const wrongName = await server.request('/api/v1/auth/login', jsonBody('POST', { login: 'nobody-by-this-name', password: 'not the password' }));
    expect(wrongPassword.status).toBe(401);
    expect(wrongName.status).toBe(401);
    expect(wrongName.body).toEqual(wrongPassword.body);
  });

  it('spends about the same time on a wrong username as on a wrong password', async () => {
    const account = await signUpAccount(server);
    const time = async (login: string) => {
      const started = performance.now();
      await expect(server.client.auth.login({ body: { login, password: 'wrong password here' } })).rejects.toMatchObject({ status: 401 });
      return performance.now() - started;
    };
    // Interleaved and compared by median, so that a noisy neighbour does not decide the outcome.
    const known: number[] = [];
    const unknown: number[] = [];
    for (let round = 0; round < 4; round++) {
      known.push(await time(account.username));
      unknown.push(await time(`missing-${round}-${account.username}`));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    // Both pay for an Argon2id verification; without the dummy hash the unknown name would be ~100x faster.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.3);
  });

  it('refuses common and short passwords with clear messages, and takes 128 characters', async () => {
    const signUp = (password: string, username = 'policy-check') =>
      server.client.auth.signup({ body: { username, email: `${username}@example.org`, password } });
    await expect(signUp('password123')).rejects.toMatchObject({
      status: 400,
      message: 'body.password: is one of the 10,000 most common passwords; choose a less guessable one',
    });
    await expect(signUp('abcdefg')).rejects.toMatchObject({ status: 400, message: 'body.password: must be at least 8 characters' });
    await expect(signUp('policy-check')).rejects.toMatchObject({ message: 'body.password: must not contain your username or email' });
    await expect(signUp('Ünder 7 pale-green kites, Bartholomew quietly traded 19 brass oboes for a crooked umbrella; nobody at the Zanzibar ferry laughed', 'long-password')).resolves.toMatchObject({ user: { username: 'long-password' } });
    await expect(signUp('x'.repeat(129), 'too-long')).rejects.toMatchObject({ status: 400 });
  });

  it('answers 409 to a username or email taken in another case', async () => {
    const account = await signUpAccount(server);
    const sameName = server.client.auth.signup({ body: { username: account.username.toUpperCase(), email: 'other@example.org', password: 'another long secret' } });
    await expect(sameName).rejects.toMatchObject({ status: 409 });
    await expect(sameName).rejects.toHaveProperty('details', { field: 'username' });
    const sameEmail = server.client.auth.signup({ body: { username: 'someone-else', email: account.email.toUpperCase(), password: 'another long secret' } });
    await expect(sameEmail).rejects.toMatchObject({ status: 409 });
    await expect(sameEmail).rejects.toHaveProperty('details', { field: 'email' });
  });

  it('refuses reserved and malformed usernames', async () => {
    for (const username of ['admin', 'Settings', 'ab', 'has space', 'x'.repeat(31)]) {
      await expect(server.client.auth.signup({ body: { username, email: 'r@example.org', password: 'a fine long secret' } }), username).rejects.toMatchObject({
        status: 400,
        message: expect.stringMatching(/^body\.username:/),
      });
    }
  });

  // Raw: bodies of the wrong shape, which the typed client would not let anyone write.
  it.each([
    ['wrong types', { username: 42, email: true, password: ['x'] }],
    ['missing fields', { username: 'lonely' }],
    ['an array where an object belongs', [{ username: 'a', email: 'b', password: 'c' }]],
    ['null', null],
    ['a string', 'hello'],
    ['a huge string', { username: 'huge', email: 'h@example.org', password: 'x'.repeat(90_000) }],
  ])('answers %s with 400 JSON', async (_label, body) => {
    for (const path of ['/api/v1/auth/signup', '/api/v1/auth/login']) {
      const response = await server.request(path, jsonBody('POST', body));
      expect(response.status, path).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
    }
  });

  it('answers a 1 MB body with 413 JSON', async () => {
    const response = await server.request('/api/v1/auth/signup', jsonBody('POST', { username: 'big', email: 'b@example.org', password: 'x'.repeat(1024 * 1024) }));
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('payload_too_large');
  });

  it('answers GET /me without a session with 401', async () => {
    await expect(server.client.me.get()).rejects.toMatchObject({ status: 401, code: 'unauthenticated' });
  });
});

describe('the session cookie in production', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ config: { production: true } });
  });
  afterAll(() => server.stop());

  it('is Secure and carries the __Host- prefix', async () => {
    const response = await server.request('/api/v1/auth/signup', jsonBody('POST', { username: 'prod-user', email: 'prod@example.org', password: 'a fine long secret' }));
    expect(response.status).toBe(201);
    const line = response.headers.getSetCookie().find((entry) => entry.startsWith('__Host-stackyard_session='))!;
    expect(line).toBeDefined();
    expect(line).toMatch(/; Secure/i);
    expect(line).toMatch(/HttpOnly/i);
    expect(line).toMatch(/Path=\//);
    expect(line).not.toMatch(/Domain=/i);
  });
});
