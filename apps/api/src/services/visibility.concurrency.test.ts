import { findCounterDrift } from '@stackyard/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBody } from '../testing/accounts.js';
import { createSignedInUsers } from '../testing/sessions.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

/**
 * Suspending an author changes many rows: their pros and cons, stacks, decisions, events and the tools'
 * counts. Under real concurrency (PostgreSQL only) with votes on what they wrote and on what they voted for,
 * and moderators hiding their pros, every request either succeeds or meets a hidden pro (404), and every
 * counter and visibility flag ends exact.
 */
describe('suspensions under concurrent votes and moderation', () => {
  let server: TestServer;
  let users: Array<{ id: number; cookie: string }>;
  let moderator: { id: number; cookie: string };
  let author: { id: number; cookie: string };

  beforeAll(async () => {
    server = await startTestServer({ database: { poolSize: 20 } });
    users = await createSignedInUsers(server.database.db, 32);
    moderator = users.pop()!;
    author = users.pop()!;
    await server.database.db.updateTable('users').set({ role: 'moderator' }).where('id', '=', moderator.id).execute();
  });
  afterAll(() => server.stop());

  const request = (who: { cookie: string }, method: string, path: string, body: unknown) =>
    server.request(path, jsonBody(method, body, { Cookie: who.cookie }));
  const act = (action: string, subjectType: string, subjectId: number) =>
    request(moderator, 'POST', '/api/v1/moderation/actions', { action, subjectType, subjectId });

  it('keeps every counter and flag exact while votes, hiding and suspensions interleave', async () => {
    const own: number[] = [];
    for (const [index, slug] of ['caddy', 'nginx', 'postgresql'].entries()) {
      const created = await request(author, 'POST', `/api/v1/tools/${slug}/reasons`, { kind: 'pro', text: `Written before the suspension ${index}` });
      expect(created.status).toBe(201);
      own.push(created.body.reason.id);
    }
    expect((await request(author, 'POST', '/api/v1/stacks', { name: 'Suspended stack', tools: [{ slug: 'caddy' }, { slug: 'nginx' }] })).status).toBe(201);
    const others = await server.database.db
      .selectFrom('reasons as r')
      .innerJoin('tools as t', 't.id', 'r.tool_id')
      .select('r.id')
      .where('r.visible', '=', true)
      .where('t.slug', 'in', ['caddy', 'nginx', 'postgresql'])
      .where('r.author_id', '<>', author.id)
      .orderBy('r.votes_count', 'desc')
      .limit(3)
      .execute();
    for (const reason of others) expect((await request(author, 'PUT', `/api/v1/reasons/${reason.id}/vote`, { value: 1 })).status).toBe(200);
    const targets = [...own, ...others.map((reason) => reason.id)];

    const requests = [
      ...Array.from({ length: 180 }, (_, index) =>
        request(users[index % users.length]!, 'PUT', `/api/v1/reasons/${targets[index % targets.length]}/vote`, { value: index % 5 === 0 ? 0 : 1 }),
      ),
      ...Array.from({ length: 20 }, (_, index) => act(index % 2 === 0 ? 'suspend' : 'unsuspend', 'user', author.id)),
      ...Array.from({ length: 12 }, (_, index) => act(index % 2 === 0 ? 'hide' : 'restore', 'reason', own[index % own.length]!)),
    ];
    const responses = await Promise.all(requests);
    expect(responses.filter((response) => response.status !== 200 && response.status !== 404).map((response) => response.status)).toEqual([]);
    expect(await findCounterDrift(server.database.db)).toEqual([]);
  });
});
