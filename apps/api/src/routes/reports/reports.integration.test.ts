import { findCounterDrift } from '@stackyard/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBody } from '../../testing/accounts.js';
import { createSignedInUsers } from '../../testing/sessions.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('POST /api/v1/reports', () => {
  let server: TestServer;
  let users: Array<{ id: number; cookie: string }>;
  let reasonId: number;

  beforeAll(async () => {
    server = await startTestServer();
    users = await createSignedInUsers(server.database.db, 3, 'reporter');
    reasonId = (await server.database.db.selectFrom('reasons').select('id').where('hidden', '=', false).orderBy('id').executeTakeFirstOrThrow()).id;
  });
  afterAll(() => server.stop());

  const report = (cookie: string | null, body: unknown) =>
    server.request('/api/v1/reports', jsonBody('POST', body, cookie ? { Cookie: cookie } : {}));
  const state = async () => ({
    reports: await server.database.db.selectFrom('reports').selectAll().orderBy('id').execute(),
    log: await server.database.db.selectFrom('moderation_log').selectAll().orderBy('id').execute(),
    hidden: await server.database.db.selectFrom('reasons').select('id').where('hidden', '=', true).orderBy('id').execute(),
  });

  it('files a report once per person and subject: again is a 409', async () => {
    const first = await report(users[0]!.cookie, { subjectType: 'reason', subjectId: reasonId, reason: 'spam', note: '  Looks like an ad  ' });
    expect(first.status).toBe(201);
    expect(first.body.report).toMatchObject({ subjectType: 'reason', subjectId: reasonId, reason: 'spam', note: 'Looks like an ad' });
    expect(typeof first.body.report.id).toBe('number');

    const again = await report(users[0]!.cookie, { subjectType: 'reason', subjectId: reasonId, reason: 'abusive' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');

    const other = await report(users[1]!.cookie, { subjectType: 'reason', subjectId: reasonId, reason: 'wrong', note: '   ' });
    expect(other.status).toBe(201);
    expect(other.body.report.note).toBeNull();
    const rows = await server.database.db.selectFrom('reports').select(['reporter_id', 'reason', 'status']).where('subject_id', '=', reasonId).orderBy('id').execute();
    expect(rows).toEqual([
      { reporter_id: users[0]!.id, reason: 'spam', status: 'open' },
      { reporter_id: users[1]!.id, reason: 'wrong', status: 'open' },
    ]);
  });

  it('reports each kind of subject, and answers 404 for one that does not exist', async () => {
    const db = server.database.db;
    const decision = await db.selectFrom('decisions').select('id').orderBy('id').executeTakeFirstOrThrow();
    const stack = await db.selectFrom('stacks').select('id').orderBy('id').executeTakeFirstOrThrow();
    const subjects = { reason: reasonId, decision: decision.id, stack: stack.id, user: users[0]!.id };
    for (const [subjectType, subjectId] of Object.entries(subjects)) {
      expect((await report(users[2]!.cookie, { subjectType, subjectId, reason: 'other' })).status, subjectType).toBe(201);
      const missing = await report(users[2]!.cookie, { subjectType, subjectId: 2_000_000_000, reason: 'other' });
      expect(missing.status, subjectType).toBe(404);
      expect(missing.body.error.code).toBe('not_found');
    }
  });

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
    const response = await report(users[2]!.cookie, body);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(response.body.error.code).toBe(status === 413 ? 'payload_too_large' : 'validation_failed');
    expect(await state()).toEqual(before);
  });

  it('needs a signed-in person who is not suspended', async () => {
    const before = await state();
    expect((await report(null, { subjectType: 'reason', subjectId: reasonId, reason: 'spam' })).status).toBe(401);
    const [suspended] = await createSignedInUsers(server.database.db, 1, 'suspended-reporter');
    await server.database.db.updateTable('users').set({ suspended_at: new Date() }).where('id', '=', suspended!.id).execute();
    const refused = await report(suspended!.cookie, { subjectType: 'reason', subjectId: reasonId, reason: 'spam' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    expect(await state()).toEqual(before);
    expect(await findCounterDrift(server.database.db)).toEqual([]);
  });
});
