import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBody, signUpAccount } from '../../testing/accounts.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('the password policy at sign-up and at password change', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  const signUp = (password: string, username = 'policy-reader', email = 'reader@example.org') =>
    server.request('/api/v1/auth/signup', jsonBody('POST', { username, email, password }));

  it.each([
    ['a repeated pattern', 'x7'.repeat(40), 'repeats characters or a pattern (like "aaaa" or "abcabc"); choose a less guessable one'],
    ['one character repeated', 'zzzzzzzzzzzzzzzz', 'repeats characters or a pattern (like "aaaa" or "abcabc"); choose a less guessable one'],
    ['a run of sequential characters', 'abcdefghijklmnop', 'is a run of sequential characters (like "abcd" or "9876"); choose a less guessable one'],
    ["the site's name", 'my stackyard password is purple elephant', "must not contain the site's name"],
    ['the username inside a passphrase', 'policy-reader on a long evening walk', 'must not contain your username or email'],
    ['the name of the email', 'Reader1987 likes long walks', 'must not contain your username or email'],
    ['a common password in disguise', 'P@ssw0rd!', 'is built on a common password (case, reversal or swapping letters for digits does not hide it); choose a less guessable one'],
  ])('refuses %s at sign-up with the reason', async (_label, password, reason) => {
    const response = await signUp(password);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_failed');
    expect(response.body.error.message).toBe(`body.password: ${reason}`);
    expect(response.body.error.details.issues).toEqual([{ path: 'body.password', message: reason }]);
  });

  it('refuses a weak new password at password change with the reason, and keeps the old one', async () => {
    const account = await signUpAccount(server);
    const change = (newPassword: string) =>
      server.request('/api/v1/me/password', jsonBody('POST', { currentPassword: account.password, newPassword }, { Cookie: account.cookie }));
    const named = await change(`${account.username} forever and ever`);
    expect(named.status).toBe(400);
    expect(named.body.error.message).toBe('body.newPassword: must not contain your username or email');
    const sequence = await change('zyxwvutsrqponmlk');
    expect(sequence.status).toBe(400);
    expect(sequence.body.error.message).toBe('body.newPassword: is a run of sequential characters (like "abcd" or "9876"); choose a less guessable one');
    const login = await server.request('/api/v1/auth/login', jsonBody('POST', { login: account.username, password: account.password }));
    expect(login.status).toBe(200);
  });

  it('takes a passphrase of 128 characters', async () => {
    const passphrase = 'Ünder 7 pale-green kites, Bartholomew quietly traded 19 brass oboes for a crooked umbrella; nobody at the Zanzibar ferry laughed';
    expect(passphrase).toHaveLength(128);
    expect((await signUp(passphrase, 'long-passphrase', 'long-passphrase@example.org')).status).toBe(201);
  });
});
