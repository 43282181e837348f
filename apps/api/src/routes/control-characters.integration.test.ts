import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBody } from '../testing/accounts.js';
import { buildReason, buildStack, buildUser } from '../testing/factories.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

/**
 * Text with a NUL byte or another control character is refused at the door with 400 validation_failed,
 * naming the field, on every endpoint that takes text; PostgreSQL cannot even hold a NUL in text, so before
 * this each of these answered 500. Long text keeps its newlines and tabs.
 */
describe('control characters in text fields', () => {
  let server: TestServer;
  let member: string;
  let moderator: string;
  let stackPath: string;
  let reasonId: number;

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.database.db;
    const owner = await buildUser(db);
    member = await server.cookieFor(owner);
    moderator = await server.cookieFor(await buildUser(db, { role: 'moderator' }));
    const stack = await buildStack(db, owner);
    stackPath = `/api/v1/stacks/${owner.username}/${stack.slug}`;
    reasonId = (await buildReason(db, owner, 'nginx')).id;
  });
  afterAll(() => server.stop());

  const NUL = 'with a \u0000 inside';

  /** Each endpoint that takes text, with a body that is valid but for one field. */
  const cases = (text: string) => [
    { name: 'sign-in login', method: 'POST', path: '/api/v1/auth/login', signedIn: false, field: 'login', body: { login: `ada${text}`, password: 'a long passphrase' } },
    { name: 'sign-up username', method: 'POST', path: '/api/v1/auth/signup', signedIn: false, field: 'username', body: { username: `ada${text}`, email: 'ada@example.org', password: 'a long passphrase 1' } },
    { name: 'sign-up email', method: 'POST', path: '/api/v1/auth/signup', signedIn: false, field: 'email', body: { username: 'ada_nul', email: `ada${text}@example.org`, password: 'a long passphrase 1' } },
    { name: 'display name', method: 'PATCH', path: '/api/v1/me', signedIn: true, field: 'displayName', body: { displayName: text } },
    { name: 'bio', method: 'PATCH', path: '/api/v1/me', signedIn: true, field: 'bio', body: { bio: text } },
    { name: 'website URL', method: 'PATCH', path: '/api/v1/me', signedIn: true, field: 'websiteUrl', body: { websiteUrl: `https://example.org/${text}` } },
    { name: 'API token name', method: 'POST', path: '/api/v1/me/tokens', signedIn: true, field: 'name', body: { name: text } },
    { name: 'new pro', method: 'POST', path: '/api/v1/tools/nginx/reasons', signedIn: true, field: 'text', body: { kind: 'pro', text: `Fast ${text}` } },
    { name: 'edited pro', method: 'PATCH', path: () => `/api/v1/reasons/${reasonId}`, signedIn: true, field: 'text', body: { text: `Fast ${text}` } },
    { name: 'new stack name', method: 'POST', path: '/api/v1/stacks', signedIn: true, field: 'name', body: { name: text, tools: [{ slug: 'nginx' }] } },
    { name: 'new stack description', method: 'POST', path: '/api/v1/stacks', signedIn: true, field: 'description', body: { name: 'Control', description: text, tools: [{ slug: 'nginx' }] } },
    { name: 'stack tool note', method: 'POST', path: '/api/v1/stacks', signedIn: true, field: 'tools.0.note', body: { name: 'Control', tools: [{ slug: 'nginx', note: text }] } },
    { name: 'edited stack name', method: 'PATCH', path: () => stackPath, signedIn: true, field: 'name', body: { name: text } },
    { name: 'decision', method: 'POST', path: '/api/v1/decisions', signedIn: true, field: 'body', body: { body: `We chose NGINX because ${text}`, tools: ['nginx'] } },
    { name: 'report note', method: 'POST', path: '/api/v1/reports', signedIn: true, field: 'note', body: { subjectType: 'reason', subjectId: reasonId, reason: 'spam', note: text } },
    { name: 'moderator note', method: 'POST', path: '/api/v1/moderation/actions', signedIn: 'moderator', field: 'note', body: { action: 'dismiss', subjectType: 'reason', subjectId: reasonId, note: text } },
  ] as const;

  const send = (testCase: ReturnType<typeof cases>[number]) =>
    server.request(
      typeof testCase.path === 'function' ? testCase.path() : testCase.path,
      jsonBody(testCase.method, testCase.body, testCase.signedIn === false ? {} : { Cookie: testCase.signedIn === 'moderator' ? moderator : member }),
    );

  it('answers a NUL byte in sign-in\'s login with 400 validation_failed, not 500', async () => {
    const response = await server.request('/api/v1/auth/login', jsonBody('POST', { login: 'ada\u0000', password: 'a long passphrase' }));
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'validation_failed', message: 'body.login: must not contain control characters' });
  });

  it('answers a NUL byte in every text field with 400 naming the field, and writes nothing', async () => {
    const db = server.database.db;
    const count = async () => {
      const tables = ['users', 'stacks', 'reasons', 'decisions', 'reports', 'moderation_log', 'api_tokens', 'events'] as const;
      return Promise.all(tables.map(async (table) => Number((await db.selectFrom(table).select(db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)));
    };
    const before = await count();
    for (const testCase of cases(NUL)) {
      const response = await send(testCase);
      expect(response.status, testCase.name).toBe(400);
      expect(response.body.error.code, testCase.name).toBe('validation_failed');
      expect(response.body.error.details.issues.map((issue: { path: string }) => issue.path), testCase.name).toContain(`body.${testCase.field}`);
    }
    expect(await count()).toEqual(before);
    expect((await db.selectFrom('users').select('display_name').where('display_name', 'like', '%with a%').execute())).toEqual([]);
  });

  it('refuses the other control characters too: C0, DEL, C1 and unpaired surrogates', async () => {
    for (const character of ['\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u009b', '\ud800']) {
      for (const testCase of cases(`a${character}b`)) {
        const response = await send(testCase);
        expect(response.status, `${testCase.name} with U+${character.charCodeAt(0).toString(16)}`).toBe(400);
      }
    }
  });

  it('refuses newlines and tabs in one-line text', async () => {
    for (const body of [{ displayName: 'Ada\nLovelace' }, { displayName: 'Ada\tLovelace' }]) {
      const response = await server.request('/api/v1/me', jsonBody('PATCH', body, { Cookie: member }));
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    const stack = await server.request('/api/v1/stacks', jsonBody('POST', { name: 'Two\nlines', tools: [{ slug: 'nginx' }] }, { Cookie: member }));
    expect(stack.status).toBe(400);
    expect(stack.body.error.message).toBe('body.name: must not contain control characters');
  });

  it('keeps newlines and tabs in long text, with Windows line endings made newlines', async () => {
    const bio = await server.request('/api/v1/me', jsonBody('PATCH', { bio: 'Builds things.\r\n\tMostly web servers.' }, { Cookie: member }));
    expect(bio.status).toBe(200);
    expect(bio.body.user.bio).toBe('Builds things.\n\tMostly web servers.');

    const decision = await server.request(
      '/api/v1/decisions',
      jsonBody('POST', { body: 'We chose NGINX:\n\n\t- it was already there\r\n\t- it is fast', tools: ['nginx'] }, { Cookie: member }),
    );
    expect(decision.status).toBe(201);
    expect(decision.body.decision.body).toBe('We chose NGINX:\n\n\t- it was already there\n\t- it is fast');

    const stack = await server.request('/api/v1/stacks', jsonBody('POST', { name: 'Lines', description: 'One\nTwo', tools: [{ slug: 'nginx' }] }, { Cookie: member }));
    expect(stack.status).toBe(201);
  });

  it('refuses control characters in query text and path parameters without a 500', async () => {
    for (const path of [
      '/api/v1/search?q=ngi%00nx',
      '/api/v1/tools?q=ngi%00nx',
      '/api/v1/compare?tools=nginx,apa%00che',
      '/api/v1/tools/ngi%00nx',
      '/api/v1/users/ad%00a',
      '/api/v1/auth/github/callback?code=a%00b&state=c%00d',
    ]) {
      const response = await server.request(path, { redirect: 'manual' });
      expect(response.status, path).toBeGreaterThanOrEqual(300);
      expect(response.status, path).toBeLessThan(500);
    }
    const search = await server.request('/api/v1/search?q=ngi%00nx');
    expect(search.status).toBe(400);
    expect(search.body.error.code).toBe('validation_failed');
  });
});
