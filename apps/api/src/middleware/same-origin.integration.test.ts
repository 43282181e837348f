import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBody, signUpAccount, type TestAccount } from '../testing/accounts.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

describe('cross-site request forgery', () => {
  let server: TestServer;
  let account: TestAccount;
  let bearer: string;

  beforeAll(async () => {
    server = await startTestServer();
    account = await signUpAccount(server);
    const created = await server.request('/api/v1/me/tokens', jsonBody('POST', { name: 'cli' }, { Cookie: account.cookie }));
    bearer = created.body.secret;
  });
  afterAll(() => server.stop());

  const patch = (headers: Record<string, string>) => server.request('/api/v1/me', jsonBody('PATCH', { bio: 'changed' }, headers));

  it('refuses a cookie-authenticated change from a foreign Origin', async () => {
    const { status, body } = await patch({ Cookie: account.cookie, Origin: 'https://evil.example' });
    expect(status).toBe(403);
    expect(body.error.code).toBe('forbidden');
  });

  it('refuses Sec-Fetch-Site: cross-site when there is no Origin', async () => {
    expect((await patch({ Cookie: account.cookie, Origin: '', 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
  });

  it('refuses a change that carries neither header', async () => {
    expect((await patch({ Cookie: account.cookie, Origin: '' })).status).toBe(403);
    // Sign-in too: a forged sign-in would log the victim into the attacker's account.
    const login = await server.request('/api/v1/auth/login', jsonBody('POST', { login: account.username, password: account.password }, { Origin: '' }));
    expect(login.status).toBe(403);
  });

  it('accepts our own Origin, or Sec-Fetch-Site: same-origin without one', async () => {
    expect((await patch({ Cookie: account.cookie })).status).toBe(200);
    expect((await patch({ Cookie: account.cookie, Origin: '', 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
  });

  it('exempts bearer-token requests, which carry no ambient credentials', async () => {
    const { status, body } = await patch({ Authorization: `Bearer ${bearer}`, Origin: '' });
    expect(status).toBe(200);
    expect(body.user.bio).toBe('changed');
    expect((await patch({ Authorization: `Bearer ${bearer}`, Origin: 'https://evil.example' })).status).toBe(200);
  });

  it('lets reads through from anywhere', async () => {
    expect((await server.request('/api/v1/me', { headers: { Cookie: account.cookie, Origin: 'https://evil.example' } })).status).toBe(200);
  });
});
