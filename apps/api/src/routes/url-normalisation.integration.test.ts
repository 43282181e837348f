import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBody } from '../testing/accounts.js';
import { buildUser } from '../testing/factories.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

/**
 * Web addresses are parsed and normalised before the database sees them: `httpS://` is an http(s) address
 * like any other (it used to pass validation and then break the table's `^https?://` check with a 500),
 * and is stored with its scheme and host in lower case. Only http and https are web addresses.
 */
describe('web addresses', () => {
  let server: TestServer;
  let cookie: string;
  let username: string;

  beforeAll(async () => {
    server = await startTestServer();
    const user = await buildUser(server.database.db);
    username = user.username;
    cookie = await server.cookieFor(user);
  });
  afterAll(() => server.stop());

  it('accepts an httpS:// website URL on a profile and stores it lower-cased', async () => {
    const response = await server.request(
      '/api/v1/me',
      jsonBody('PATCH', { websiteUrl: 'httpS://Ada.Example.ORG/About/Me?Tab=Work', avatarUrl: ' HTTP://img.example.org/Ada.png ' }, { Cookie: cookie }),
    );
    expect(response.status).toBe(200);
    expect(response.body.user).toMatchObject({ websiteUrl: 'https://ada.example.org/About/Me?Tab=Work', avatarUrl: 'http://img.example.org/Ada.png' });
    const row = await server.database.db.selectFrom('users').select(['website_url', 'avatar_url']).where('username', '=', username).executeTakeFirstOrThrow();
    expect(row).toEqual({ website_url: 'https://ada.example.org/About/Me?Tab=Work', avatar_url: 'http://img.example.org/Ada.png' });
    expect((await server.request(`/api/v1/users/${username}`)).body.user.websiteUrl).toBe('https://ada.example.org/About/Me?Tab=Work');
  });

  it('accepts an httpS:// website URL on a stack, created or edited, and stores it lower-cased', async () => {
    const created = await server.request(
      '/api/v1/stacks',
      jsonBody('POST', { name: 'Mixed case', websiteUrl: 'httpS://Acme.Example.com', tools: [{ slug: 'nginx' }] }, { Cookie: cookie }),
    );
    expect(created.status).toBe(201);
    const path = `/api/v1/stacks/${created.body.stack.owner}/${created.body.stack.slug}`;
    expect((await server.request(path)).body.stack.websiteUrl).toBe('https://acme.example.com');

    const edited = await server.request(path, jsonBody('PATCH', { websiteUrl: 'HTTP://ACME.EXAMPLE.COM:80/Docs' }, { Cookie: cookie }));
    expect(edited.status).toBe(200);
    const row = await server.database.db.selectFrom('stacks').select('website_url').where('slug', '=', created.body.stack.slug).executeTakeFirstOrThrow();
    expect(row.website_url).toBe('http://acme.example.com/Docs');
  });

  it('keeps an address as it was written when it is already in normal form', async () => {
    const response = await server.request('/api/v1/me', jsonBody('PATCH', { websiteUrl: 'https://ada.example.org' }, { Cookie: cookie }));
    expect(response.body.user.websiteUrl).toBe('https://ada.example.org');
  });

  it('refuses what is not an http(s) address, in any case, with 400 naming the field', async () => {
    for (const websiteUrl of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://files.example.org',
      'mailto:ada@example.org',
      'https://',
      'https://exa mple.org',
      'https://example.org/\u0000',
      'example.org',
      `https://example.org/${'x'.repeat(490)}`,
      `https://example.org/${'é'.repeat(200)}`,
    ]) {
      const response = await server.request('/api/v1/me', jsonBody('PATCH', { websiteUrl }, { Cookie: cookie }));
      expect(response.status, websiteUrl).toBe(400);
      expect(response.body.error.message, websiteUrl).toMatch(/^body\.websiteUrl: /);
      const stack = await server.request('/api/v1/stacks', jsonBody('POST', { name: 'Bad address', websiteUrl, tools: [{ slug: 'nginx' }] }, { Cookie: cookie }));
      expect(stack.status, websiteUrl).toBe(400);
    }
  });
});
