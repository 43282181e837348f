import { findCounterDrift, type UserRow } from '@stackyard/db';
import { AUTO_HIDE_REPORTS } from '@stackyard/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBody } from '../testing/accounts.js';
import { buildReason, buildUser } from '../testing/factories.js';
import { establishMembers } from '../testing/standing.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

/**
 * Reports and moderators' actions under real concurrency (PostgreSQL only, like counters.concurrency). The
 * bursts are raw requests, each answer's status collected; everyone's session is started beforehand.
 */
describe('moderation under concurrent requests', () => {
  let server: TestServer;
  let users: UserRow[];
  let moderator: UserRow;

  beforeAll(async () => {
    server = await startTestServer({ database: { poolSize: 20 } });
    const db = server.database.db;
    users = await Promise.all(Array.from({ length: 39 }, () => buildUser(db)));
    moderator = await buildUser(db, { role: 'moderator' });
    await Promise.all([...users, moderator].map((user) => server.cookieFor(user)));
    // Only established members' reports hide content automatically (report-trust.integration.test.ts).
    await establishMembers(db, users.slice(0, AUTO_HIDE_REPORTS * 4).map((user) => user.id));
  });
  afterAll(() => server.stop());

  const db = () => server.database.db;
  const vote = async (user: UserRow, id: number, value: 0 | 1) =>
    server.request(`/api/v1/reasons/${id}/vote`, jsonBody('PUT', { value }, { Cookie: await server.cookieFor(user) }));
  const act = async (body: Record<string, unknown>) =>
    server.request('/api/v1/moderation/actions', jsonBody('POST', body, { Cookie: await server.cookieFor(moderator) }));

  it(`hides a subject once when ${AUTO_HIDE_REPORTS * 4} reports arrive together`, async () => {
    const { id } = await buildReason(db(), users[0]!, 'caddy', { kind: 'con', text: 'Reported by a crowd at once' });
    for (const user of users.slice(1, 6)) await server.as(user).reasons.vote({ params: { id }, body: { value: 1 } });
    const toolBefore = (await db().selectFrom('tools').select('votes_count').where('slug', '=', 'caddy').executeTakeFirstOrThrow()).votes_count;

    const responses = await Promise.all(
      users.slice(0, AUTO_HIDE_REPORTS * 4).map(async (user) =>
        server.request('/api/v1/reports', jsonBody('POST', { subjectType: 'reason', subjectId: id, reason: 'spam' }, { Cookie: await server.cookieFor(user) })),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(responses.map(() => 201));
    const log = await db().selectFrom('moderation_log').select('action').where('subject_type', '=', 'reason').where('subject_id', '=', id).execute();
    expect(log).toEqual([{ action: 'auto_hide' }]);
    const toolAfter = (await db().selectFrom('tools').select('votes_count').where('slug', '=', 'caddy').executeTakeFirstOrThrow()).votes_count;
    expect(toolAfter).toBe(toolBefore - 6);
    expect(await findCounterDrift(db())).toEqual([]);
  });

  it('keeps every counter exact while votes, hiding, restoring, suspending and unsuspending interleave', async () => {
    const reasons = await db().selectFrom('reasons').select('id').where('hidden', '=', false).orderBy('votes_count', 'desc').limit(3).execute();
    const suspendee = users[30]!;
    for (const reason of reasons) await server.as(suspendee).reasons.vote({ params: { id: reason.id }, body: { value: 1 } });

    const requests = [
      ...Array.from({ length: 150 }, (_, index) => vote(users[index % 30]!, reasons[index % 3]!.id, index % 4 === 0 ? 0 : 1)),
      ...Array.from({ length: 20 }, (_, index) =>
        act({ action: index % 2 === 0 ? 'hide' : 'restore', subjectType: 'reason', subjectId: reasons[index % 3]!.id }),
      ),
      ...Array.from({ length: 20 }, (_, index) => act({ action: index % 2 === 0 ? 'suspend' : 'unsuspend', subjectType: 'user', subjectId: suspendee.id })),
    ];
    const responses = await Promise.all(requests);
    // A vote that meets its reason hidden is a 404; nothing else may fail.
    expect(responses.filter((response) => response.status !== 200 && response.status !== 404)).toEqual([]);
    expect(await findCounterDrift(db())).toEqual([]);
  });
});
