import type { UserRow } from '@stackyard/db';
import { findCounterDrift } from '@stackyard/db';
import { AUTO_HIDE_REPORTS } from '@stackyard/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBody } from '../../testing/accounts.js';
import { buildDecision, buildReason, buildStack, buildUser } from '../../testing/factories.js';
import { establishMembers } from '../../testing/standing.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('moderation', () => {
  let server: TestServer;
  let moderator: UserRow;
  let member: UserRow;
  let reporters: UserRow[];

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.database.db;
    moderator = await buildUser(db, { role: 'moderator' });
    member = await buildUser(db);
    reporters = await Promise.all(Array.from({ length: AUTO_HIDE_REPORTS + 1 }, () => buildUser(db)));
    // Only established members' reports hide content automatically (report-trust.integration.test.ts).
    await establishMembers(db, reporters.map((reporter) => reporter.id));
  });
  afterAll(() => server.stop());

  const db = () => server.database.db;
  const newestLogEntry = async () => (await server.client.moderation.log({ query: { limit: 1 } })).items[0];
  const logSize = async () => Number((await db().selectFrom('moderation_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const noDrift = async () => expect(await findCounterDrift(db())).toEqual([]);

  /** A new pro on a tool, voted for by its author and `extraVoters`: its id. */
  async function reasonWithVotes(slug: string, text: string, author: UserRow, extraVoters: UserRow[]) {
    const { id } = await buildReason(db(), author, slug, { text });
    for (const voter of extraVoters) await server.as(voter).reasons.vote({ params: { id }, body: { value: 1 } });
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

    for (const reporter of reporters.slice(0, AUTO_HIDE_REPORTS - 1)) {
      await server.as(reporter).reports.create({ body: { subjectType: 'reason', subjectId: id, reason: 'spam' } });
    }
    expect(await reasonCounters(id)).toEqual(before);
    expect((await newestLogEntry())?.subjectId).not.toBe(id);

    await server.as(reporters[AUTO_HIDE_REPORTS - 1]!).reports.create({ body: { subjectType: 'reason', subjectId: id, reason: 'abusive' } });
    expect(await reasonCounters(id)).toEqual({ hidden: true, reason: 3, tool: before.tool - 3 });
    await noDrift();
    const autoHide = await newestLogEntry();
    expect(autoHide).toMatchObject({ action: 'auto_hide', subjectType: 'reason', subjectId: id, moderator: null });
    const tool = await server.client.tools.get({ params: { slug: 'caddy' } });
    expect(JSON.stringify(tool)).not.toContain('Reported until it disappears');

    // A sixth report is taken, but hides nothing twice.
    const entries = await logSize();
    await server.as(reporters[AUTO_HIDE_REPORTS]!).reports.create({ body: { subjectType: 'reason', subjectId: id, reason: 'spam' } });
    expect(await reasonCounters(id)).toEqual({ hidden: true, reason: 3, tool: before.tool - 3 });
    expect(await logSize()).toBe(entries);

    const waiting = await server.as(moderator).moderation.queue({ query: { limit: 100 } });
    expect(waiting.items.find((item) => item.subjectType === 'reason' && item.subjectId === id)).toMatchObject({
      summary: 'Pro of Caddy: Reported until it disappears',
      hidden: true,
      reports: AUTO_HIDE_REPORTS + 1,
      reasons: ['abusive', 'spam'],
    });

    const restored = await server.as(moderator).moderation.act({ body: { action: 'restore', subjectType: 'reason', subjectId: id, note: 'Not spam' } });
    expect(restored.result).toMatchObject({ state: 'visible', changed: true, resolvedReports: AUTO_HIDE_REPORTS + 1 });
    expect(await reasonCounters(id)).toEqual(before);
    await noDrift();
    const entry = await newestLogEntry();
    expect(entry).toEqual(restored.result.logEntry);
    expect(entry).toMatchObject({ action: 'restore', subjectType: 'reason', subjectId: id, moderator: moderator.username, note: 'Not spam' });
    const statuses = await db().selectFrom('reports').select('status').distinct().where('subject_type', '=', 'reason').where('subject_id', '=', id).execute();
    expect(statuses).toEqual([{ status: 'dismissed' }]);
    expect((await server.as(moderator).moderation.queue({ query: { limit: 100 } })).items.some((item) => item.subjectId === id)).toBe(false);

    // Restoring what is visible, with no open report, changes nothing and logs nothing.
    const again = await server.as(moderator).moderation.act({ body: { action: 'restore', subjectType: 'reason', subjectId: id } });
    expect(again.result).toMatchObject({ state: 'visible', changed: false, resolvedReports: 0, logEntry: null });
    expect(await logSize()).toBe(entries + 1);
    expect(await reasonCounters(id)).toEqual(before);
  });

  it("hides and restores a pro idempotently: its votes leave and rejoin the tool's count once", async () => {
    const id = await reasonWithVotes('nginx', 'Hidden twice, subtracted once', member, reporters.slice(0, 3));
    const before = await reasonCounters(id);
    const hide = () => server.as(moderator).moderation.act({ body: { action: 'hide', subjectType: 'reason', subjectId: id } });

    const first = await hide();
    expect(first.result).toMatchObject({ state: 'hidden', changed: true, resolvedReports: 0, logEntry: { action: 'hide', moderator: moderator.username } });
    expect(await reasonCounters(id)).toEqual({ hidden: true, reason: 4, tool: before.tool - 4 });
    const entries = await logSize();
    expect((await hide()).result).toMatchObject({ state: 'hidden', changed: false, logEntry: null });
    expect(await reasonCounters(id)).toEqual({ hidden: true, reason: 4, tool: before.tool - 4 });
    expect(await logSize()).toBe(entries);
    await noDrift();

    await expect(server.as(reporters[4]!).reasons.vote({ params: { id }, body: { value: 1 } })).rejects.toMatchObject({ status: 404 });
    const restored = await server.as(moderator).moderation.act({ body: { action: 'restore', subjectType: 'reason', subjectId: id } });
    expect(restored.result).toMatchObject({ state: 'visible', changed: true });
    expect(await reasonCounters(id)).toEqual(before);
    await noDrift();
  });

  it('hides and restores decisions and stacks, which move no counter', async () => {
    const decision = await buildDecision(db(), member);
    const stack = await buildStack(db(), member);
    for (const [subjectType, subjectId] of [['decision', decision.id], ['stack', stack.id]] as const) {
      const table = subjectType === 'decision' ? 'decisions' : 'stacks';
      const hidden = async () => (await db().selectFrom(table).select('hidden').where('id', '=', subjectId).executeTakeFirstOrThrow()).hidden;
      const hide = await server.as(moderator).moderation.act({ body: { action: 'hide', subjectType, subjectId } });
      expect(hide.result).toMatchObject({ state: 'hidden', changed: true });
      expect(await hidden()).toBe(true);
      await noDrift();
      const restore = await server.as(moderator).moderation.act({ body: { action: 'restore', subjectType, subjectId } });
      expect(restore.result).toMatchObject({ state: 'visible', changed: true });
      expect(await hidden()).toBe(false);
      expect(await newestLogEntry()).toMatchObject({ action: 'restore', subjectType, subjectId, moderator: moderator.username });
    }
    await noDrift();
  });

  it("suspending a person takes their votes out of every count, and unsuspending puts them back", async () => {
    const voter = await buildUser(db());
    const voted = [(await buildReason(db(), member, 'postgresql')).id, (await buildReason(db(), member, 'redis')).id];
    const decision = await buildDecision(db(), member);
    for (const id of voted) await server.as(voter).reasons.vote({ params: { id }, body: { value: 1 } });
    await server.as(voter).decisions.vote({ params: { id: decision.id }, body: { value: 1 } });

    const counts = async () => ({
      reasons: await Promise.all(voted.map(reasonCounters)),
      decision: (await db().selectFrom('decisions').select('votes_count').where('id', '=', decision.id).executeTakeFirstOrThrow()).votes_count,
    });
    const withVotes = await counts();
    await noDrift();

    const suspended = await server.as(moderator).moderation.act({ body: { action: 'suspend', subjectType: 'user', subjectId: voter.id, note: 'Vote ring' } });
    expect(suspended.result).toMatchObject({ state: 'suspended', changed: true, logEntry: { action: 'suspend', moderator: moderator.username, note: 'Vote ring' } });
    const withoutVotes = await counts();
    expect(withoutVotes).toEqual({
      reasons: withVotes.reasons.map((counter) => ({ hidden: false, reason: counter.reason - 1, tool: counter.tool - 1 })),
      decision: withVotes.decision - 1,
    });
    await noDrift();
    expect((await db().selectFrom('users').select('suspended_at').where('id', '=', voter.id).executeTakeFirstOrThrow()).suspended_at).not.toBeNull();

    // Suspended: reads, but every write is a 403 that changes nothing; suspending again changes nothing.
    await expect(server.as(voter).reasons.vote({ params: { id: voted[0]! }, body: { value: 0 } })).rejects.toMatchObject({ status: 403 });
    await expect(server.as(voter).reports.create({ body: { subjectType: 'reason', subjectId: voted[1]!, reason: 'spam' } })).rejects.toMatchObject({ status: 403 });
    await expect(server.as(voter).tools.get({ params: { slug: 'postgresql' } })).resolves.toMatchObject({ tool: { slug: 'postgresql' } });
    const again = await server.as(moderator).moderation.act({ body: { action: 'suspend', subjectType: 'user', subjectId: voter.id } });
    expect(again.result).toMatchObject({ changed: false, logEntry: null });
    expect(await counts()).toEqual(withoutVotes);

    // A pro hidden while its voter is suspended, then shown after: every step keeps the counts exact.
    await server.as(moderator).moderation.act({ body: { action: 'hide', subjectType: 'reason', subjectId: voted[0]! } });
    await noDrift();

    const unsuspended = await server.as(moderator).moderation.act({ body: { action: 'unsuspend', subjectType: 'user', subjectId: voter.id } });
    expect(unsuspended.result).toMatchObject({ state: 'active', changed: true, logEntry: { action: 'unsuspend', moderator: moderator.username } });
    await noDrift();
    await server.as(moderator).moderation.act({ body: { action: 'restore', subjectType: 'reason', subjectId: voted[0]! } });
    await noDrift();
    expect(await counts()).toEqual(withVotes);
    await expect(server.as(voter).reasons.vote({ params: { id: voted[0]! }, body: { value: 1 } })).resolves.toMatchObject({ reason: { viewerVoted: true } });
  });

  it(`never suspends anyone on reports: a member and a moderator reported by ${AUTO_HIDE_REPORTS} established members are only queued`, async () => {
    const reported = await buildUser(db());
    const otherModerator = await buildUser(db(), { role: 'moderator' });
    const reason = await buildReason(db(), member, 'caddy');
    await server.as(reported).reasons.vote({ params: { id: reason.id }, body: { value: 1 } });
    const votes = async () => (await reasonCounters(reason.id)).reason;
    const withVote = await votes();
    const entries = await logSize();

    for (const reporter of reporters.slice(0, AUTO_HIDE_REPORTS)) {
      await server.as(reporter).reports.create({ body: { subjectType: 'user', subjectId: reported.id, reason: 'abusive' } });
      await server.as(reporter).reports.create({ body: { subjectType: 'user', subjectId: otherModerator.id, reason: 'abusive' } });
    }
    const suspendedAt = async (id: number) => (await db().selectFrom('users').select('suspended_at').where('id', '=', id).executeTakeFirstOrThrow()).suspended_at;
    expect(await suspendedAt(reported.id)).toBeNull();
    expect(await suspendedAt(otherModerator.id)).toBeNull();
    expect(await votes()).toBe(withVote);
    expect(await logSize()).toBe(entries);
    await noDrift();

    const waiting = (await server.as(moderator).moderation.queue({ query: { limit: 100 } })).items.filter((item) => item.subjectType === 'user');
    for (const id of [reported.id, otherModerator.id]) {
      expect(waiting.find((item) => item.subjectId === id)).toMatchObject({ hidden: false, reports: AUTO_HIDE_REPORTS });
    }

    const dismissed = await server.as(moderator).moderation.act({ body: { action: 'dismiss', subjectType: 'user', subjectId: otherModerator.id, note: 'A pile-on' } });
    expect(dismissed.result).toMatchObject({ state: 'active', changed: false, resolvedReports: AUTO_HIDE_REPORTS, logEntry: { action: 'dismiss' } });
    const upheld = await server.as(moderator).moderation.act({ body: { action: 'suspend', subjectType: 'user', subjectId: reported.id } });
    expect(upheld.result).toMatchObject({ state: 'suspended', changed: true, resolvedReports: AUTO_HIDE_REPORTS, logEntry: { action: 'suspend' } });
    expect(await votes()).toBe(withVote - 1);
    expect(await db().selectFrom('reports').select('status').distinct().where('subject_type', '=', 'user').where('subject_id', '=', reported.id).execute()).toEqual([
      { status: 'upheld' },
    ]);
    await noDrift();
  });

  it('lists each subject with where to find it and its open reports: who, why, their note, when, oldest first', async () => {
    const newcomer = await buildUser(db());
    const reason = await buildReason(db(), member, 'caddy', { text: 'Queued with its reports in full' });
    const stack = await buildStack(db(), member);
    const decision = await buildDecision(db(), member);
    // A brand-new account's report counts towards no automatic hiding, but it reaches the queue all the same.
    await server.as(newcomer).reports.create({ body: { subjectType: 'reason', subjectId: reason.id, reason: 'spam', note: '  Links to a shop  ' } });
    await server.as(reporters[0]!).reports.create({ body: { subjectType: 'reason', subjectId: reason.id, reason: 'wrong' } });
    for (const [subjectType, subjectId] of [['stack', stack.id], ['decision', decision.id], ['user', newcomer.id]] as const) {
      await server.as(reporters[1]!).reports.create({ body: { subjectType, subjectId, reason: 'other' } });
    }

    const items = (await server.as(moderator).moderation.queue({ query: { limit: 100 } })).items;
    const itemOf = (type: string, id: number) => items.find((item) => item.subjectType === type && item.subjectId === id);
    expect(itemOf('reason', reason.id)).toMatchObject({
      deleted: false,
      tool: { slug: 'caddy', name: 'Caddy' },
      stack: null,
      username: null,
      reports: 2,
      openReports: [
        { reason: 'spam', note: 'Links to a shop', reporter: newcomer.username },
        { reason: 'wrong', note: null, reporter: reporters[0]!.username },
      ],
    });
    const [first, second] = itemOf('reason', reason.id)!.openReports;
    expect(Date.parse(first!.createdAt)).toBeLessThanOrEqual(Date.parse(second!.createdAt));
    expect(itemOf('stack', stack.id)).toMatchObject({ stack: { owner: member.username, slug: stack.slug }, tool: null, username: null });
    expect(itemOf('decision', decision.id)).toMatchObject({ username: member.username, tool: null, stack: null });
    expect(itemOf('user', newcomer.id)).toMatchObject({ username: newcomer.username, openReports: [{ reason: 'other', reporter: reporters[1]!.username }] });

    for (const [subjectType, subjectId] of [['reason', reason.id], ['stack', stack.id], ['decision', decision.id], ['user', newcomer.id]] as const) {
      await server.as(moderator).moderation.act({ body: { action: 'dismiss', subjectType, subjectId } });
    }
  });

  it('does not let a moderator suspend themselves or an admin', async () => {
    const admin = await buildUser(db(), { role: 'admin' });
    const entries = await logSize();
    for (const subjectId of [moderator.id, admin.id]) {
      await expect(server.as(moderator).moderation.act({ body: { action: 'suspend', subjectType: 'user', subjectId } })).rejects.toMatchObject({
        status: 403,
        code: 'forbidden',
      });
    }
    const suspended = await db().selectFrom('users').select('id').where('id', 'in', [moderator.id, admin.id]).where('suspended_at', 'is not', null).execute();
    expect(suspended).toEqual([]);
    expect(await logSize()).toBe(entries);
  });

  it('answers 403 to members and 401 to strangers on the moderators’ endpoints; the log is public', async () => {
    const entries = await logSize();
    const reason = await buildReason(db(), member, 'caddy');
    const hide = { action: 'hide', subjectType: 'reason', subjectId: reason.id } as const;
    await expect(server.as(member).moderation.queue()).rejects.toMatchObject({ status: 403 });
    await expect(server.as(member).moderation.act({ body: hide })).rejects.toMatchObject({ status: 403 });
    await expect(server.client.moderation.queue()).rejects.toMatchObject({ status: 401 });
    await expect(server.client.moderation.act({ body: hide })).rejects.toMatchObject({ status: 401 });
    expect((await reasonCounters(reason.id)).hidden).toBe(false);
    expect(await logSize()).toBe(entries);
    const publicLog = await server.client.moderation.log();
    expect(publicLog.items.length).toBeGreaterThan(0);
  });

  // Raw requests: some of these bodies are of types the typed client will not send, and each answer's
  // Content-Type is checked.
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
    const response = await server.request('/api/v1/moderation/actions', jsonBody('POST', body, { Cookie: await server.cookieFor(moderator) }));
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(response.body.error).toBeDefined();
    expect(await snapshot()).toEqual(before);
  });

  it('refuses malformed page queries', async () => {
    await expect(server.client.moderation.log({ query: { cursor: 'not-a-cursor' } })).rejects.toMatchObject({ status: 400 });
    await expect(server.client.moderation.log({ query: { limit: 0 } })).rejects.toMatchObject({ status: 400 });
    await expect(server.as(moderator).moderation.queue({ query: { limit: 101 } })).rejects.toMatchObject({ status: 400 });
  });

  it('pages through the log newest first and the queue oldest first, each item exactly once', async () => {
    const stacks = await Promise.all([buildStack(db(), member), buildStack(db(), member), buildStack(db(), member)]);
    for (const stack of stacks) await server.as(member).reports.create({ body: { subjectType: 'stack', subjectId: stack.id, reason: 'off-topic' } });

    /** Every item of a list, following its cursor from the first page to the last. */
    async function walk<Item>(page: (cursor: string | undefined) => Promise<{ items: Item[]; nextCursor: string | null }>) {
      const items: Item[] = [];
      let response = await page(undefined);
      for (;;) {
        items.push(...response.items);
        if (!response.nextCursor) return items;
        response = await page(response.nextCursor);
      }
    }

    const everyEntry = (await server.client.moderation.log({ query: { limit: 100 } })).items;
    const pagedLog = await walk((cursor) => server.client.moderation.log({ query: { limit: 2, cursor } }));
    expect(pagedLog).toEqual(everyEntry);
    const ids = pagedLog.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    const times = pagedLog.map((entry) => `${entry.createdAt}#${String(entry.id).padStart(12, '0')}`);
    expect(times).toEqual([...times].sort().reverse());

    const everySubject = (await server.as(moderator).moderation.queue({ query: { limit: 100 } })).items;
    const pagedQueue = await walk((cursor) => server.as(moderator).moderation.queue({ query: { limit: 1, cursor } }));
    expect(pagedQueue).toEqual(everySubject);
    for (const stack of stacks) {
      expect(pagedQueue.filter((item) => item.subjectType === 'stack' && item.subjectId === stack.id)).toHaveLength(1);
    }
    const firsts = pagedQueue.map((item) => item.firstReportedAt);
    expect(firsts).toEqual([...firsts].sort());
  });
});
