import { findCounterDrift, type UserRow } from '@stackyard/db';
import type { ReportSubjectType } from '@stackyard/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBody } from '../../testing/accounts.js';
import { buildDecision, buildReason, buildStack, buildUser } from '../../testing/factories.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('POST /api/v1/reports', () => {
  let server: TestServer;
  let users: UserRow[];
  let reasonId: number;

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.database.db;
    users = [await buildUser(db), await buildUser(db), await buildUser(db)];
    const author = await buildUser(db);
    reasonId = (await buildReason(db, author, 'caddy')).id;
  });
  afterAll(() => server.stop());

  const state = async () => ({
    reports: await server.database.db.selectFrom('reports').selectAll().orderBy('id').execute(),
    log: await server.database.db.selectFrom('moderation_log').selectAll().orderBy('id').execute(),
    hidden: await server.database.db.selectFrom('reasons').select('id').where('hidden', '=', true).orderBy('id').execute(),
  });

  it('files a report once per person and subject: again is a 409', async () => {
    const first = await server.as(users[0]!).reports.create({ body: { subjectType: 'reason', subjectId: reasonId, reason: 'spam', note: '  Looks like an ad  ' } });
    expect(first.report).toMatchObject({ subjectType: 'reason', subjectId: reasonId, reason: 'spam', note: 'Looks like an ad' });
    expect(typeof first.report.id).toBe('number');

    await expect(server.as(users[0]!).reports.create({ body: { subjectType: 'reason', subjectId: reasonId, reason: 'abusive' } })).rejects.toMatchObject({
      status: 409,
      code: 'conflict',
    });

    const other = await server.as(users[1]!).reports.create({ body: { subjectType: 'reason', subjectId: reasonId, reason: 'wrong', note: '   ' } });
    expect(other.report.note).toBeNull();
    const rows = await server.database.db.selectFrom('reports').select(['reporter_id', 'reason', 'status']).where('subject_id', '=', reasonId).orderBy('id').execute();
    expect(rows).toEqual([
      { reporter_id: users[0]!.id, reason: 'spam', status: 'open' },
      { reporter_id: users[1]!.id, reason: 'wrong', status: 'open' },
    ]);
  });

  it('reports each kind of subject, and answers 404 for one that does not exist', async () => {
    const db = server.database.db;
    const decision = await buildDecision(db, users[1]!);
    const stack = await buildStack(db, users[1]!);
    const subjects: Array<[ReportSubjectType, number]> = [
      ['reason', reasonId],
      ['decision', decision.id],
      ['stack', stack.id],
      ['user', users[0]!.id],
    ];
    const reporter = server.as(users[2]!);
    for (const [subjectType, subjectId] of subjects) {
      await expect(reporter.reports.create({ body: { subjectType, subjectId, reason: 'other' } }), subjectType).resolves.toMatchObject({
        report: { subjectType, subjectId },
      });
      await expect(reporter.reports.create({ body: { subjectType, subjectId: 2_000_000_000, reason: 'other' } }), subjectType).rejects.toMatchObject({
        status: 404,
        code: 'not_found',
      });
    }
  });

  // Raw requests: several of these bodies have types the typed client will not send, and each answer's
  // Content-Type is checked.
  it.each([
    ['no body', {}, 400],
    ['an unknown subject type', { subjectType: 'tool', subjectId: 1, reason: 'spam' }, 400],
    ['an unknown reason', { subjectType: 'reason', subjectId: 1, reason: 'boring' }, 400],
    ['a subject id as text', { subjectType: 'reason', subjectId: '1', reason: 'spam' }, 400],
    ['a negative subject id', { subjectType: 'reason', subjectId: -1, reason: 'spam' }, 400],
    ['a fractional subject id', { subjectType: 'reason', subjectId: 1.5, reason: 'spam' }, 400],
    ['a note that is not text', { subjectType: 'reason', subjectId: 1, reason: 'spam', note: ['no'] }, 400],
    ['a note over 1,000 characters', { subjectType: 'reason', subjectId: 1, reason: 'spam', note: 'x'.repeat(1001) }, 400],
    ['an array', [{ subjectType: 'reason', subjectId: 1, reason: 'spam' }], 400],
    ['a 1 MB note', { subjectType: 'reason', subjectId: 1, reason: 'spam', note: 'x'.repeat(1024 * 1024) }, 413],
  ])('refuses %s with a JSON error and changes nothing', async (_label, body, status) => {
    const before = await state();
    const response = await server.request('/api/v1/reports', jsonBody('POST', body, { Cookie: await server.cookieFor(users[2]!) }));
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(response.body.error.code).toBe(status === 413 ? 'payload_too_large' : 'validation_failed');
    expect(await state()).toEqual(before);
  });

  it('needs a signed-in person who is not suspended', async () => {
    const before = await state();
    const report = { subjectType: 'reason', subjectId: reasonId, reason: 'spam' } as const;
    await expect(server.client.reports.create({ body: report })).rejects.toMatchObject({ status: 401 });
    const suspended = await buildUser(server.database.db, { suspended_at: new Date() });
    await expect(server.as(suspended).reports.create({ body: report })).rejects.toMatchObject({ status: 403, code: 'forbidden' });
    expect(await state()).toEqual(before);
    expect(await findCounterDrift(server.database.db)).toEqual([]);
  });
});
