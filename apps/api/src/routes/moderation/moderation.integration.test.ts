import { findCounterDrift } from '@stackyard/db';
import { AUTO_HIDE_REPORTS } from '@stackyard/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBody } from '../../testing/accounts.js';
import { createSignedInUsers } from '../../testing/sessions.js';
import { establishMembers } from '../../testing/standing.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

type User = { id: number; cookie: string };

describe('moderation', () => {
  let server: TestServer;
  let moderator: User;
  let member: User;
  let reporters: User[];
  let moderatorName: string;

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.database.db;
    [moderator, member, ...reporters] = (await createSignedInUsers(db, 2 + AUTO_HIDE_REPORTS + 1, 'mod')) as [User, User, ...User[]];
    await db.updateTable('users').set({ role: 'moderator' }).where('id', '=', moderator.id).execute();
    // Only established members' reports hide content automatically (report-trust.integration.test.ts).
    await establishMembers(db, reporters.map((reporter) => reporter.id));
    moderatorName = (await db.selectFrom('users').select('username').where('id', '=', moderator.id).executeTakeFirstOrThrow()).username;
  });
  afterAll(() => server.stop());

  const db = () => server.database.db;
  const as = (user: User | null): Record<string, string> => (user ? { Cookie: user.cookie } : {});
  const report = (user: User, subjectType: string, subjectId: number, reason = 'spam') =>
    server.request('/api/v1/reports', jsonBody('POST', { subjectType, subjectId, reason }, as(user)));
  const act = (user: User | null, body: Record<string, unknown>) => server.request('/api/v1/moderation/actions', jsonBody('POST', body, as(user)));
  const queue = (user: User | null, query = '') => server.request(`/api/v1/moderation/reports${query}`, { headers: as(user) });
  const log = (query = '') => server.request(`/api/v1/moderation/log${query}`);
  const newestLogEntry = async () => (await log('?limit=1')).body.items[0];
  const logSize = async () => Number((await db().selectFrom('moderation_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const noDrift = async () => expect(await findCounterDrift(db())).toEqual([]);

  /** A new pro on a tool, voted for by its author and `extraVoters`; its id and the counters it moves. */
  async function reasonWithVotes(slug: string, text: string, author: User, extraVoters: User[]) {
    const created = await server.request(`/api/v1/tools/${slug}/reasons`, jsonBody('POST', { kind: 'pro', text }, as(author)));
    expect(created.status).toBe(201);
    const id: number = created.body.reason.id;
    for (const voter of extraVoters) expect((await server.request(`/api/v1/reasons/${id}/vote`, jsonBody('PUT', { value: 1 }, as(voter)))).status).toBe(200);
    return id;
  }
  const reasonCounters = (id: number) =>
    db()
      .selectFrom('reasons as r')
      .innerJoin('tools as t', 't.id', 'r.tool_id')
      .select(['r.hidden', 'r.votes_count as reason', 't.votes_count as tool'])
      .where('r.id', '=', id)
      .executeTakeFirstOrThrow();

  it(`hides a pro at the ${AUTO_HIDE_REPORTS}th distinct report, not before; a moderator's restore is logged publicly`, async () => {
    const id = await reasonWithVotes('caddy', 'Reported until it disappears', member, reporters.slice(0, 2));
    const before = await reasonCounters(id);
    expect(before).toMatchObject({ hidden: false, reason: 3 });

    for (const reporter of reporters.slice(0, AUTO_HIDE_REPORTS - 1)) expect((await report(reporter, 'reason', id)).status).toBe(201);
    expect(await reasonCounters(id)).toEqual(before);
    expect((await newestLogEntry())?.subjectId).not.toBe(id);

    expect((await report(reporters[AUTO_HIDE_REPORTS - 1]!, 'reason', id, 'abusive')).status).toBe(201);
    expect(await reasonCounters(id)).toEqual({ hidden: true, reason: 3, tool: before.tool - 3 });
    await noDrift();
    const autoHide = await newestLogEntry();
    expect(autoHide).toMatchObject({ action: 'auto_hide', subjectType: 'reason', subjectId: id, moderator: null });
    const tool = await server.request('/api/v1/tools/caddy');
    expect(JSON.stringify(tool.body)).not.toContain('Reported until it disappears');

    // A sixth report is taken, but hides nothing twice.
    const entries = await logSize();
    expect((await report(reporters[AUTO_HIDE_REPORTS]!, 'reason', id)).status).toBe(201);
    expect(await reasonCounters(id)).toEqual({ hidden: true, reason: 3, tool: before.tool - 3 });
    expect(await logSize()).toBe(entries);

    const waiting = await queue(moderator, '?limit=100');
    expect(waiting.status).toBe(200);
    expect(waiting.body.items.find((item: { subjectId: number; subjectType: string }) => item.subjectType === 'reason' && item.subjectId === id)).toMatchObject({
      summary: 'Pro of Caddy: Reported until it disappears',
      hidden: true,
      reports: AUTO_HIDE_REPORTS + 1,
      reasons: ['abusive', 'spam'],
    });

    const restored = await act(moderator, { action: 'restore', subjectType: 'reason', subjectId: id, note: 'Not spam' });
    expect(restored.status).toBe(200);
    expect(restored.body.result).toMatchObject({ state: 'visible', changed: true, resolvedReports: AUTO_HIDE_REPORTS + 1 });
    expect(await reasonCounters(id)).toEqual(before);
    await noDrift();
    const entry = await newestLogEntry();
    expect(entry).toEqual(restored.body.result.logEntry);
    expect(entry).toMatchObject({ action: 'restore', subjectType: 'reason', subjectId: id, moderator: moderatorName, note: 'Not spam' });
    const statuses = await db().selectFrom('reports').select('status').distinct().where('subject_type', '=', 'reason').where('subject_id', '=', id).execute();
    expect(statuses).toEqual([{ status: 'dismissed' }]);
    expect((await queue(moderator, '?limit=100')).body.items.some((item: { subjectId: number }) => item.subjectId === id)).toBe(false);

    // Restoring what is visible, with no open report, changes nothing and logs nothing.
    const again = await act(moderator, { action: 'restore', subjectType: 'reason', subjectId: id });
    expect(again.body.result).toMatchObject({ state: 'visible', changed: false, resolvedReports: 0, logEntry: null });
    expect(await logSize()).toBe(entries + 1);
    expect(await reasonCounters(id)).toEqual(before);
  });

  it("hides and restores a pro idempotently: its votes leave and rejoin the tool's count once", async () => {
    const id = await reasonWithVotes('nginx', 'Hidden twice, subtracted once', member, reporters.slice(0, 3));
    const before = await reasonCounters(id);
    const hide = () => act(moderator, { action: 'hide', subjectType: 'reason', subjectId: id });

    const first = await hide();
    expect(first.status).toBe(200);
    expect(first.body.result).toMatchObject({ state: 'hidden', changed: true, resolvedReports: 0, logEntry: { action: 'hide', moderator: moderatorName } });
    expect(await reasonCounters(id)).toEqual({ hidden: true, reason: 4, tool: before.tool - 4 });
    const entries = await logSize();
    expect((await hide()).body.result).toMatchObject({ state: 'hidden', changed: false, logEntry: null });
    expect(await reasonCounters(id)).toEqual({ hidden: true, reason: 4, tool: before.tool - 4 });
    expect(await logSize()).toBe(entries);
    await noDrift();

    expect((await server.request(`/api/v1/reasons/${id}/vote`, jsonBody('PUT', { value: 1 }, as(reporters[4]!)))).status).toBe(404);
    expect((await act(moderator, { action: 'restore', subjectType: 'reason', subjectId: id })).body.result).toMatchObject({ state: 'visible', changed: true });
    expect(await reasonCounters(id)).toEqual(before);
    await noDrift();
  });

  it('hides and restores decisions and stacks, which move no counter', async () => {
    const decision = await db().selectFrom('decisions').select('id').where('hidden', '=', false).orderBy('id').executeTakeFirstOrThrow();
    const stack = await db().selectFrom('stacks').select('id').where('hidden', '=', false).orderBy('id').executeTakeFirstOrThrow();
    for (const [subjectType, subjectId] of [['decision', decision.id], ['stack', stack.id]] as const) {
      const table = subjectType === 'decision' ? 'decisions' : 'stacks';
      const hidden = async () => (await db().selectFrom(table).select('hidden').where('id', '=', subjectId).executeTakeFirstOrThrow()).hidden;
      expect((await act(moderator, { action: 'hide', subjectType, subjectId })).body.result).toMatchObject({ state: 'hidden', changed: true });
      expect(await hidden()).toBe(true);
      await noDrift();
      expect((await act(moderator, { action: 'restore', subjectType, subjectId })).body.result).toMatchObject({ state: 'visible', changed: true });
      expect(await hidden()).toBe(false);
      expect(await newestLogEntry()).toMatchObject({ action: 'restore', subjectType, subjectId, moderator: moderatorName });
    }
    await noDrift();
  });

  it("suspending a person takes their votes out of every count, and unsuspending puts them back", async () => {
    const [voter] = (await createSignedInUsers(db(), 1, 'mod-voter')) as [User];
    const reasons = await db()
      .selectFrom('reasons as r')
      .innerJoin('tools as t', 't.id', 'r.tool_id')
      .select(['r.id', 't.slug'])
      .where('r.hidden', '=', false)
      .where('t.slug', 'in', ['postgresql', 'redis'])
      .orderBy('r.id')
      .execute();
    const onTool = (slug: string) => reasons.find((reason) => reason.slug === slug)!.id;
    const voted = [onTool('postgresql'), onTool('redis')];
    const decision = await db().selectFrom('decisions').select('id').where('hidden', '=', false).orderBy('id', 'desc').executeTakeFirstOrThrow();
    for (const id of voted) expect((await server.request(`/api/v1/reasons/${id}/vote`, jsonBody('PUT', { value: 1 }, as(voter)))).status).toBe(200);
    expect((await server.request(`/api/v1/decisions/${decision.id}/vote`, jsonBody('PUT', { value: 1 }, as(voter)))).status).toBe(200);

    const counts = async () => ({
      reasons: await Promise.all(voted.map(reasonCounters)),
      decision: (await db().selectFrom('decisions').select('votes_count').where('id', '=', decision.id).executeTakeFirstOrThrow()).votes_count,
    });
    const withVotes = await counts();
    await noDrift();

    const suspended = await act(moderator, { action: 'suspend', subjectType: 'user', subjectId: voter.id, note: 'Vote ring' });
    expect(suspended.status).toBe(200);
    expect(suspended.body.result).toMatchObject({ state: 'suspended', changed: true, logEntry: { action: 'suspend', moderator: moderatorName, note: 'Vote ring' } });
    const withoutVotes = await counts();
    expect(withoutVotes).toEqual({
      reasons: withVotes.reasons.map((counter) => ({ hidden: false, reason: counter.reason - 1, tool: counter.tool - 1 })),
      decision: withVotes.decision - 1,
    });
    await noDrift();
    expect((await db().selectFrom('users').select('suspended_at').where('id', '=', voter.id).executeTakeFirstOrThrow()).suspended_at).not.toBeNull();

    // Suspended: reads, but every write is a 403 that changes nothing; suspending again changes nothing.
    expect((await server.request(`/api/v1/reasons/${voted[0]}/vote`, jsonBody('PUT', { value: 0 }, as(voter)))).status).toBe(403);
    expect((await report(voter, 'reason', voted[1]!)).status).toBe(403);
    expect((await server.request('/api/v1/tools/postgresql', { headers: as(voter) })).status).toBe(200);
    expect((await act(moderator, { action: 'suspend', subjectType: 'user', subjectId: voter.id })).body.result).toMatchObject({ changed: false, logEntry: null });
    expect(await counts()).toEqual(withoutVotes);

    // A pro hidden while its voter is suspended, then shown after: every step keeps the counts exact.
    await act(moderator, { action: 'hide', subjectType: 'reason', subjectId: voted[0] });
    await noDrift();

    const unsuspended = await act(moderator, { action: 'unsuspend', subjectType: 'user', subjectId: voter.id });
    expect(unsuspended.body.result).toMatchObject({ state: 'active', changed: true, logEntry: { action: 'unsuspend', moderator: moderatorName } });
    await noDrift();
    await act(moderator, { action: 'restore', subjectType: 'reason', subjectId: voted[0] });
    await noDrift();
    expect(await counts()).toEqual(withVotes);
    expect((await server.request(`/api/v1/reasons/${voted[0]}/vote`, jsonBody('PUT', { value: 1 }, as(voter)))).status).toBe(200);
  });

  it(`never suspends anyone on reports: a member and a moderator reported by ${AUTO_HIDE_REPORTS} established members are only queued`, async () => {
    const [reported, otherModerator] = (await createSignedInUsers(db(), 2, 'mod-reported')) as [User, User];
    await db().updateTable('users').set({ role: 'moderator' }).where('id', '=', otherModerator.id).execute();
    const reason = await db().selectFrom('reasons').select('id').where('hidden', '=', false).orderBy('id').executeTakeFirstOrThrow();
    expect((await server.request(`/api/v1/reasons/${reason.id}/vote`, jsonBody('PUT', { value: 1 }, as(reported)))).status).toBe(200);
    const votes = async () => (await reasonCounters(reason.id)).reason;
    const withVote = await votes();
    const entries = await logSize();

    for (const reporter of reporters.slice(0, AUTO_HIDE_REPORTS)) {
      expect((await report(reporter, 'user', reported.id, 'abusive')).status).toBe(201);
      expect((await report(reporter, 'user', otherModerator.id, 'abusive')).status).toBe(201);
    }
    const suspendedAt = async (id: number) => (await db().selectFrom('users').select('suspended_at').where('id', '=', id).executeTakeFirstOrThrow()).suspended_at;
    expect(await suspendedAt(reported.id)).toBeNull();
    expect(await suspendedAt(otherModerator.id)).toBeNull();
    expect(await votes()).toBe(withVote);
    expect(await logSize()).toBe(entries);
    await noDrift();

    const waiting = (await queue(moderator, '?limit=100')).body.items.filter((item: { subjectType: string }) => item.subjectType === 'user');
    for (const id of [reported.id, otherModerator.id]) {
      expect(waiting.find((item: { subjectId: number }) => item.subjectId === id)).toMatchObject({ hidden: false, reports: AUTO_HIDE_REPORTS });
    }

    const dismissed = await act(moderator, { action: 'dismiss', subjectType: 'user', subjectId: otherModerator.id, note: 'A pile-on' });
    expect(dismissed.body.result).toMatchObject({ state: 'active', changed: false, resolvedReports: AUTO_HIDE_REPORTS, logEntry: { action: 'dismiss' } });
    const upheld = await act(moderator, { action: 'suspend', subjectType: 'user', subjectId: reported.id });
    expect(upheld.body.result).toMatchObject({ state: 'suspended', changed: true, resolvedReports: AUTO_HIDE_REPORTS, logEntry: { action: 'suspend' } });
    expect(await votes()).toBe(withVote - 1);
    expect(await db().selectFrom('reports').select('status').distinct().where('subject_type', '=', 'user').where('subject_id', '=', reported.id).execute()).toEqual([
      { status: 'upheld' },
    ]);
    await noDrift();
  });

  it('does not let a moderator suspend themselves or an admin', async () => {
    const [admin] = (await createSignedInUsers(db(), 1, 'mod-admin')) as [User];
    await db().updateTable('users').set({ role: 'admin' }).where('id', '=', admin.id).execute();
    const entries = await logSize();
    for (const subjectId of [moderator.id, admin.id]) {
      const refused = await act(moderator, { action: 'suspend', subjectType: 'user', subjectId });
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('forbidden');
    }
    const suspended = await db().selectFrom('users').select('id').where('id', 'in', [moderator.id, admin.id]).where('suspended_at', 'is not', null).execute();
    expect(suspended).toEqual([]);
    expect(await logSize()).toBe(entries);
  });

  it('answers 403 to members and 401 to strangers on the moderators’ endpoints; the log is public', async () => {
    const entries = await logSize();
    const reason = await db().selectFrom('reasons').select('id').where('hidden', '=', false).orderBy('id').executeTakeFirstOrThrow();
    const hide = { action: 'hide', subjectType: 'reason', subjectId: reason.id };
    expect((await queue(member)).status).toBe(403);
    expect((await act(member, hide)).status).toBe(403);
    expect((await queue(null)).status).toBe(401);
    expect((await act(null, hide)).status).toBe(401);
    expect((await reasonCounters(reason.id)).hidden).toBe(false);
    expect(await logSize()).toBe(entries);
    const publicLog = await log();
    expect(publicLog.status).toBe(200);
    expect(publicLog.body.items.length).toBeGreaterThan(0);
  });

  it.each([
    ['hiding a person', { action: 'hide', subjectType: 'user', subjectId: 1 }, 400],
    ['suspending a pro', { action: 'suspend', subjectType: 'reason', subjectId: 1 }, 400],
    ['an unknown action', { action: 'delete', subjectType: 'reason', subjectId: 1 }, 400],
    ['an unknown subject type', { action: 'hide', subjectType: 'tool', subjectId: 1 }, 400],
    ['a subject id as text', { action: 'hide', subjectType: 'reason', subjectId: '1' }, 400],
    ['a note that is not text', { action: 'hide', subjectType: 'reason', subjectId: 1, note: 42 }, 400],
    ['a 1 MB note', { action: 'hide', subjectType: 'reason', subjectId: 1, note: 'x'.repeat(1024 * 1024) }, 413],
    ['a subject that does not exist', { action: 'hide', subjectType: 'reason', subjectId: 2_000_000_000 }, 404],
    ['dismissing a subject with no reports that does not exist', { action: 'dismiss', subjectType: 'stack', subjectId: 2_000_000_000 }, 404],
  ])('refuses %s with a JSON error and changes nothing', async (_label, body, status) => {
    const snapshot = async () => ({
      log: await logSize(),
      hidden: await db().selectFrom('reasons').select('id').where('hidden', '=', true).orderBy('id').execute(),
      suspended: await db().selectFrom('users').select('id').where('suspended_at', 'is not', null).orderBy('id').execute(),
    });
    const before = await snapshot();
    const response = await act(moderator, body);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(response.body.error).toBeDefined();
    expect(await snapshot()).toEqual(before);
  });

  it('refuses malformed page queries', async () => {
    expect((await log('?cursor=not-a-cursor')).status).toBe(400);
    expect((await log('?limit=0')).status).toBe(400);
    expect((await queue(moderator, '?limit=101')).status).toBe(400);
  });

  it('pages through the log newest first and the queue oldest first, each item exactly once', async () => {
    const stacks = await db().selectFrom('stacks').select('id').where('hidden', '=', false).orderBy('id').limit(3).execute();
    for (const stack of stacks) expect((await report(member, 'stack', stack.id, 'off-topic')).status).toBe(201);

    const walk = async (first: string, next: (cursor: string) => string, cookie: User | null) => {
      const items: Array<Record<string, unknown>> = [];
      let response = cookie ? await queue(cookie, first) : await log(first);
      for (;;) {
        expect(response.status).toBe(200);
        items.push(...response.body.items);
        if (!response.body.nextCursor) return items;
        response = cookie ? await queue(cookie, next(response.body.nextCursor)) : await log(next(response.body.nextCursor));
      }
    };

    const everyEntry = (await log('?limit=100')).body.items;
    const pagedLog = await walk('?limit=2', (cursor) => `?limit=2&cursor=${cursor}`, null);
    expect(pagedLog).toEqual(everyEntry);
    const ids = pagedLog.map((entry) => entry.id as number);
    expect(new Set(ids).size).toBe(ids.length);
    const times = pagedLog.map((entry) => `${entry.createdAt as string}#${String(entry.id).padStart(12, '0')}`);
    expect(times).toEqual([...times].sort().reverse());

    const everySubject = (await queue(moderator, '?limit=100')).body.items;
    const pagedQueue = await walk('?limit=1', (cursor) => `?limit=1&cursor=${cursor}`, moderator);
    expect(pagedQueue).toEqual(everySubject);
    for (const stack of stacks) {
      expect(pagedQueue.filter((item) => item.subjectType === 'stack' && item.subjectId === stack.id)).toHaveLength(1);
    }
    const firsts = pagedQueue.map((item) => item.firstReportedAt as string);
    expect(firsts).toEqual([...firsts].sort());
  });
});
