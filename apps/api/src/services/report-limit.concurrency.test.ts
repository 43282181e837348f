import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../config.js';
import { jsonBody } from '../testing/accounts.js';
import { createSignedInUsers } from '../testing/sessions.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

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
    const [reporter] = await createSignedInUsers(server.database.db, 1, 'burst-reporter');
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

  it('lets people report each other at the same moment without a deadlock', async () => {
    const people = await createSignedInUsers(server.database.db, 16, 'burst-mutual');
    // Everyone reports everyone else at once: each request locks its reporter and a reported person.
    const requests = people.flatMap((reporter) => people.filter((other) => other !== reporter).map((other) => report(reporter.cookie, 'user', other.id)));
    const statuses = (await Promise.all(requests)).map((response) => response.status);
    expect(statuses.filter((status) => status !== 201)).toEqual([]);
    expect(statuses).toHaveLength(16 * 15);
  });
});
