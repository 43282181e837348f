import { findCounterDrift, type UserRow } from '@stackyard/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBody } from '../testing/accounts.js';
import { buildUser } from '../testing/factories.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

/**
 * Counters under real concurrency (PostgreSQL only: PGlite runs one transaction at a time). Requests are
 * fired together, as raw requests; each records its status and when its answer arrived, so "the last
 * acknowledged request" is known. Everyone's session is started before the crowd arrives.
 */
describe('counters under concurrent requests', () => {
  let server: TestServer;
  let users: UserRow[];

  beforeAll(async () => {
    server = await startTestServer({ database: { poolSize: 20 } });
    users = await Promise.all(Array.from({ length: 100 }, () => buildUser(server.database.db)));
    await Promise.all(users.map((user) => server.cookieFor(user)));
  });
  afterAll(() => server.stop());

  it('keeps votes_count equal to the vote rows after 1,000 concurrent votes by 100 people on 10 reasons', async () => {
    const reasons = await server.database.db
      .selectFrom('reasons')
      .select('id')
      .where('hidden', '=', false)
      .orderBy('votes_count', 'desc')
      .limit(10)
      .execute();
    expect(reasons).toHaveLength(10);

    let acknowledged = 0;
    const requests = Array.from({ length: 1000 }, async (_, index) => {
      const user = users[index % 100]!;
      const reasonId = reasons[(index * 7 + Math.floor(index / 100)) % 10]!.id;
      const value = (index * 13) % 3 === 0 ? 0 : 1;
      return server
        .request(`/api/v1/reasons/${reasonId}/vote`, jsonBody('PUT', { value }, { Cookie: await server.cookieFor(user) }))
        .then((response) => ({ userId: user.id, reasonId, value, status: response.status, order: acknowledged++ }));
    });
    const results = await Promise.all(requests);

    expect(results.filter((result) => result.status >= 500)).toEqual([]);
    expect(results.every((result) => result.status === 200)).toBe(true);
    expect(await findCounterDrift(server.database.db)).toEqual([]);

    const lastAcknowledged = new Map<string, number>();
    for (const result of [...results].sort((a, b) => a.order - b.order)) {
      lastAcknowledged.set(`${result.userId}:${result.reasonId}`, result.value);
    }
    const rows = await server.database.db
      .selectFrom('reason_votes')
      .select(['user_id', 'reason_id'])
      .where('user_id', 'in', users.map((user) => user.id))
      .execute();
    const voted = new Set(rows.map((row) => `${row.user_id}:${row.reason_id}`));
    for (const [key, value] of lastAcknowledged) expect(voted.has(key), key).toBe(value === 1);
  });

  it('makes exactly one row of 50 identical concurrent votes', async () => {
    const reason = await server.database.db.selectFrom('reasons').select(['id', 'votes_count']).orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    const user = users[0]!;
    await server.as(user).reasons.vote({ params: { id: reason.id }, body: { value: 0 } });
    const cookie = await server.cookieFor(user);
    const before = (await server.database.db.selectFrom('reasons').select('votes_count').where('id', '=', reason.id).executeTakeFirstOrThrow()).votes_count;

    const responses = await Promise.all(
      Array.from({ length: 50 }, () => server.request(`/api/v1/reasons/${reason.id}/vote`, jsonBody('PUT', { value: 1 }, { Cookie: cookie }))),
    );
    expect(responses.every((response) => response.status === 200)).toBe(true);
    const rows = await server.database.db.selectFrom('reason_votes').select('user_id').where('reason_id', '=', reason.id).where('user_id', '=', user.id).execute();
    expect(rows).toHaveLength(1);
    const after = (await server.database.db.selectFrom('reasons').select('votes_count').where('id', '=', reason.id).executeTakeFirstOrThrow()).votes_count;
    expect(after).toBe(before + 1);
    expect(await findCounterDrift(server.database.db)).toEqual([]);
  });

  it('keeps followers_count equal to the follow rows after 1,000 concurrent follows and unfollows', async () => {
    const tools = ['nginx', 'caddy', 'puma', 'gunicorn', 'passenger', 'jetty', 'lighttpd', 'swoole', 'unicorn', 'apache-tomcat'];
    let acknowledged = 0;
    const results = await Promise.all(
      Array.from({ length: 1000 }, async (_, index) => {
        const user = users[index % 100]!;
        const slug = tools[(index * 3 + Math.floor(index / 100)) % 10]!;
        const method = (index * 11) % 3 === 0 ? 'DELETE' : 'PUT';
        return server
          .request(`/api/v1/tools/${slug}/follow`, { method, headers: { Cookie: await server.cookieFor(user) } })
          .then((response) => ({ userId: user.id, slug, following: method === 'PUT', status: response.status, order: acknowledged++ }));
      }),
    );
    expect(results.every((result) => result.status === 200)).toBe(true);
    expect(await findCounterDrift(server.database.db)).toEqual([]);

    const last = new Map<string, boolean>();
    for (const result of [...results].sort((a, b) => a.order - b.order)) last.set(`${result.userId}:${result.slug}`, result.following);
    const rows = await server.database.db
      .selectFrom('follows as f')
      .innerJoin('tools as t', 't.id', 'f.tool_id')
      .select(['f.user_id', 't.slug'])
      .where('f.user_id', 'in', users.map((user) => user.id))
      .execute();
    const following = new Set(rows.map((row) => `${row.user_id}:${row.slug}`));
    for (const [key, value] of last) expect(following.has(key), key).toBe(value);

    const fanCookie = await server.cookieFor(users[1]!);
    const identical = await Promise.all(
      Array.from({ length: 50 }, () => server.request('/api/v1/tools/meteor/follow', { method: 'PUT', headers: { Cookie: fanCookie } })),
    );
    expect(identical.every((response) => response.status === 200)).toBe(true);
    const meteorFollows = await server.database.db
      .selectFrom('follows as f')
      .innerJoin('tools as t', 't.id', 'f.tool_id')
      .select('f.id')
      .where('t.slug', '=', 'meteor')
      .where('f.user_id', '=', users[1]!.id)
      .execute();
    expect(meteorFollows).toHaveLength(1);
    expect(await findCounterDrift(server.database.db)).toEqual([]);
  });
});
