import type { Trx } from '@stackyard/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../config.js';
import { lockSubject } from '../repositories/moderation-repository.js';
import { insertReportUnlessDuplicate, lockReporter } from '../repositories/report-repository.js';
import { jsonBody } from '../testing/accounts.js';
import { createSignedInUsers } from '../testing/sessions.js';
import { startTestServer, type TestResponse, type TestServer } from '../testing/test-server.js';

const PER_DAY = 20;

/** The daily limit on reports under real concurrency (PostgreSQL only, like the other concurrency tests). */
describe('the daily limit on reports under concurrent requests', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ database: { poolSize: 20 }, config: { reports: { ...defaultConfig().reports, perDay: PER_DAY } } });
  });
  afterAll(() => server.stop());

  const report = (cookie: string, subjectType: string, subjectId: number) =>
    server.request('/api/v1/reports', jsonBody('POST', { subjectType, subjectId, reason: 'spam' }, { Cookie: cookie }));

  it(`files exactly ${PER_DAY} of ${PER_DAY * 3} reports one person sends at once`, async () => {
    const [reporter] = await createSignedInUsers(server.database.db, 1);
    const reasons = await server.database.db.selectFrom('reasons').select('id').where('hidden', '=', false).orderBy('id').limit(PER_DAY * 3).execute();
    expect(reasons).toHaveLength(PER_DAY * 3);

    const responses = await Promise.all(reasons.map((reason) => report(reporter!.cookie, 'reason', reason.id)));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(PER_DAY);
    expect(statuses.filter((status) => status === 429)).toHaveLength(PER_DAY * 2);
    const filed = await server.database.db
      .selectFrom('reports')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('reporter_id', '=', reporter!.id)
      .executeTakeFirstOrThrow();
    expect(Number(filed.n)).toBe(PER_DAY);
  });

  it('lets a crowd report each other at once: every report is filed', async () => {
    const people = await createSignedInUsers(server.database.db, PER_DAY);
    const requests = people.flatMap((reporter) => people.filter((other) => other !== reporter).map((other) => report(reporter.cookie, 'user', other.id)));
    const statuses = (await Promise.all(requests)).map((response) => response.status);
    expect(statuses.filter((status) => status !== 201)).toEqual([]);
    expect(statuses).toHaveLength(PER_DAY * (PER_DAY - 1));
  });

  it('files two people’s reports of each other when they cross, without a deadlock', async () => {
    const [a, b] = (await createSignedInUsers(server.database.db, 2)) as unknown as [{ id: number; cookie: string }, { id: number; cookie: string }];
    let answer: TestResponse | undefined;
    await server.database.db.transaction().execute(async (trx) => {
      // A's report of B, as fileReport makes it, up to holding B's row...
      await lockReporter(trx, a.id);
      const subject = await lockSubject(trx, 'user', b.id);
      // ...when B's report of A arrives: it locks A's row and files a row that refers to B.
      const crossing = report(b.cookie, 'user', a.id).then((response) => (answer = response));
      for (let poll = 0; poll < 200 && !answer && !(await someoneWaitsForALock(trx)); poll += 1) await new Promise((resolve) => setTimeout(resolve, 25));
      // A's row then refers to A. Had either request locked the other's row against that, this closes a cycle.
      await insertReportUnlessDuplicate(trx, { reporterId: a.id, subject: { type: 'user', id: b.id }, reason: 'spam', note: null, now: new Date() });
      expect(subject).toBeDefined();
      return crossing;
    });
    expect(answer?.status).toBe(201);
  });
});

/** Whether a query of this database waits for a lock another transaction holds. */
async function someoneWaitsForALock(trx: Trx): Promise<boolean> {
  const { rows } = await sql<{ waiting: number }>`
    select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(trx);
  return (rows[0]?.waiting ?? 0) > 0;
}
