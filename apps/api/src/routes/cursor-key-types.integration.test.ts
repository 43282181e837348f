import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBody } from '../testing/accounts.js';
import { buildDecision, buildReason, buildUser } from '../testing/factories.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

/**
 * A cursor is base64url JSON of [sort key, id]. A well-formed one whose key has the wrong type for the list's
 * sort (a number where the sort is by time, text where it is by a count) is refused with 400
 * validation_failed; it used to reach SQL, whose cast failed with a 500.
 */
const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

type KeyType = 'number' | 'text' | 'timestamp';
const sample: Record<KeyType, string | number> = { number: 12345, text: 'x', timestamp: '2026-11-24 12:00:00.123456+00' };

describe('cursors of the wrong shape', () => {
  let server: TestServer;
  let member: string;
  let moderator: string;

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.database.db;
    const viewer = await buildUser(db);
    member = await server.cookieFor(viewer);
    moderator = await server.cookieFor(await buildUser(db, { role: 'moderator' }));
    // Enough of each list for a second page: a followed tool, two decisions, two comparisons viewed, and
    // two open reports and two log entries.
    await server.request('/api/v1/tools/nginx/follow', { method: 'PUT', headers: { Cookie: member } });
    await buildDecision(db, viewer, { tools: ['nginx'] });
    await buildDecision(db, viewer, { tools: ['nginx'] });
    await server.request('/api/v1/compare?tools=nginx,caddy');
    await server.request('/api/v1/compare?tools=nginx,caddy');
    await server.request('/api/v1/compare?tools=nginx,traefik');
    await server.comparisonViews.flush();
    const author = await buildUser(db);
    for (let index = 0; index < 2; index++) {
      const reason = await buildReason(db, author, 'nginx');
      await server.request('/api/v1/reports', jsonBody('POST', { subjectType: 'reason', subjectId: reason.id, reason: 'spam' }, { Cookie: member }));
      await server.request('/api/v1/moderation/actions', jsonBody('POST', { action: 'hide', subjectType: 'reason', subjectId: reason.id }, { Cookie: moderator }));
      await server.request('/api/v1/reports', jsonBody('POST', { subjectType: 'reason', subjectId: reason.id, reason: 'spam' }, { Cookie: moderator }));
    }
  });
  afterAll(() => server.stop());

  /** Every paginated list, with the type of its sort key. */
  const lists: Array<{ path: string; keyType: KeyType; as?: () => string }> = [
    { path: '/api/v1/tools', keyType: 'number' },
    { path: '/api/v1/tools?sort=popular', keyType: 'number' },
    { path: '/api/v1/tools?sort=followers', keyType: 'number' },
    { path: '/api/v1/tools?sort=votes', keyType: 'number' },
    { path: '/api/v1/tools?sort=newest', keyType: 'timestamp' },
    { path: '/api/v1/tools?sort=name', keyType: 'text' },
    { path: '/api/v1/tools/nginx/stacks', keyType: 'timestamp' },
    { path: '/api/v1/tools/nginx/alternatives', keyType: 'number' },
    { path: '/api/v1/tools/nginx/decisions', keyType: 'timestamp' },
    { path: '/api/v1/comparisons/popular', keyType: 'number' },
    { path: '/api/v1/stacks', keyType: 'timestamp' },
    { path: '/api/v1/feed', keyType: 'timestamp', as: () => member },
    { path: '/api/v1/feed/public', keyType: 'timestamp' },
    { path: '/api/v1/moderation/reports', keyType: 'timestamp', as: () => moderator },
    { path: '/api/v1/moderation/log', keyType: 'timestamp' },
  ];
  const get = (list: (typeof lists)[number], query: string) =>
    server.request(`${list.path}${list.path.includes('?') ? '&' : '?'}${query}`, list.as ? { headers: { Cookie: list.as() } } : {});

  it('answers the reported cursors with 400 validation_failed: [12345, 1] on the public feed, ["x", 1] on tools', async () => {
    const feed = await server.request('/api/v1/feed/public?cursor=WzEyMzQ1LDFd');
    expect(feed.status).toBe(400);
    expect(feed.body.error).toMatchObject({ code: 'validation_failed' });
    expect(feed.body.error.message).toMatch(/^query\.cursor: /);

    const tools = await server.request('/api/v1/tools?cursor=WyJ4IiwxXQ');
    expect(tools.status).toBe(400);
    expect(tools.body.error).toMatchObject({ code: 'validation_failed' });
    expect(tools.body.error.message).toMatch(/^query\.cursor: /);
  });

  it('refuses, on every list, a cursor whose key is of another type than its sort', async () => {
    for (const list of lists) {
      for (const keyType of Object.keys(sample) as KeyType[]) {
        const response = await get(list, `cursor=${cursorOf([sample[keyType], 1])}`);
        // A timestamp's text is also text: a list sorted by name takes it.
        if (keyType === list.keyType || (list.keyType === 'text' && keyType === 'timestamp')) expect(response.status, `${list.path} with a ${keyType} key`).toBe(200);
        else {
          expect(response.status, `${list.path} with a ${keyType} key`).toBe(400);
          expect(response.body.error.code).toBe('validation_failed');
        }
      }
    }
  });

  it('refuses keys of the right type that no row could have, and ids out of range', async () => {
    const bad: Array<[string, unknown]> = [
      ['/api/v1/feed/public', ['2026-13-01 00:00:00+00', 1]],
      ['/api/v1/feed/public', ['2026-02-30 00:00:00+00', 1]],
      ['/api/v1/feed/public', ['2026-11-24 25:00:00+00', 1]],
      ['/api/v1/feed/public', ['0000-01-01 00:00:00+00', 1]],
      ['/api/v1/feed/public', ['2026-11-24 12:00:00+99', 1]],
      ['/api/v1/feed/public', ['yesterday', 1]],
      ['/api/v1/feed/public', ['2026-11-24 12:00:00+00', 1e20]],
      ['/api/v1/feed/public', ['2026-11-24 12:00:00+00', 2 ** 53]],
      ['/api/v1/feed/public', ['2026-11-24 12:00:00+00', 1.5]],
      ['/api/v1/tools', [1.5, 1]],
      ['/api/v1/tools', [1e300, 1]],
      ['/api/v1/tools', [12, 1e20]],
      ['/api/v1/tools?sort=name', ['a\u0000b', 1]],
      ['/api/v1/tools?sort=name', [null, 1]],
      ['/api/v1/tools?sort=name', [['x'], 1]],
      ['/api/v1/tools?sort=name', ['x', '1']],
      ['/api/v1/tools?sort=name', ['x', 1, 2]],
    ];
    for (const [path, key] of bad) {
      const response = await server.request(`${path}${path.includes('?') ? '&' : '?'}cursor=${cursorOf(key)}`);
      expect(response.status, `${path} ${JSON.stringify(key)}`).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
    }
  });

  it('takes large counts and timestamps in another zone, which PostgreSQL reads', async () => {
    for (const [path, key] of [
      ['/api/v1/tools', [3_000_000_000, 1]],
      ['/api/v1/comparisons/popular', [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]],
      ['/api/v1/feed/public', ['2026-11-24 12:00:00-05:30', 1]],
      ['/api/v1/feed/public', ['2026-11-24T12:00:00Z', 1]],
      ['/api/v1/tools?sort=newest', ['2024-02-29 23:59:59.999999+00', 1]],
    ] as const) {
      const response = await server.request(`${path}${path.includes('?') ? '&' : '?'}cursor=${cursorOf(key)}`);
      expect(response.status, `${path} ${JSON.stringify(key)}`).toBe(200);
    }
  });

  it('still follows the cursors every list hands out to its next page', async () => {
    for (const list of lists) {
      const first = await get(list, 'limit=1');
      expect(first.status, list.path).toBe(200);
      expect(first.body.nextCursor, `${list.path} has a second page`).toEqual(expect.any(String));
      const second = await get(list, `limit=1&cursor=${first.body.nextCursor}`);
      expect(second.status, list.path).toBe(200);
      expect(second.body.items).toHaveLength(1);
      expect(second.body.items[0], list.path).not.toEqual(first.body.items[0]);
    }
  });
});
