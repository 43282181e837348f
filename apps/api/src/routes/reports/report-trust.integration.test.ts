import { findCounterDrift, type UserRow } from '@stackyard/db';
import { AUTO_HIDE_REPORTS } from '@stackyard/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../config.js';
import { jsonBody } from '../../testing/accounts.js';
import { buildDecision, buildReason, buildStack, buildUser } from '../../testing/factories.js';
import { createSignedInUsers } from '../../testing/sessions.js';
import { establishMembers } from '../../testing/standing.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

type Reporter = { id: number; cookie: string };
type Subject = { subjectType: 'reason' | 'decision' | 'stack' | 'user'; subjectId: number };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Who weighs in on automatic hiding: only established members (an account older than
 * REPORT_TRUST_MIN_AGE_DAYS, 7 by default, with a contribution no moderator hid). Five throwaway accounts
 * must not be able to hide anything, and nobody is ever suspended by reports.
 */
describe('reports and the reporter’s standing', () => {
  let server: TestServer;
  let moderator: Reporter;
  let author: UserRow;
  /** A day old, each with a vote: throwaway accounts that took one step. */
  let fresh: Reporter[];
  /** A month old, but nothing contributed. */
  let idle: Reporter[];
  /** A month old, whose only contribution (a pro, with their vote on it) a moderator hid. */
  let hiddenOnly: Reporter[];
  /** A year old with a decision each. */
  let established: Reporter[];

  beforeAll(async () => {
    // The default standing rule; a daily limit high enough not to meet here (report-daily-limit tests it).
    server = await startTestServer({ config: { reports: { ...defaultConfig().reports, perDay: 1000 } } });
    const db = server.database.db;
    moderator = (await createSignedInUsers(db, 1))[0]!;
    await db.updateTable('users').set({ role: 'moderator' }).where('id', '=', moderator.id).execute();
    author = await buildUser(db);

    fresh = await createSignedInUsers(db, AUTO_HIDE_REPORTS);
    await db.updateTable('users').set({ created_at: new Date(Date.now() - DAY_MS) }).where('id', 'in', fresh.map((user) => user.id)).execute();
    const visibleReason = await db.selectFrom('reasons').select('id').where('hidden', '=', false).orderBy('id').executeTakeFirstOrThrow();
    for (const user of fresh) {
      expect((await server.request(`/api/v1/reasons/${visibleReason.id}/vote`, jsonBody('PUT', { value: 1 }, { Cookie: user.cookie }))).status).toBe(200);
    }

    idle = await createSignedInUsers(db, AUTO_HIDE_REPORTS);
    hiddenOnly = await createSignedInUsers(db, AUTO_HIDE_REPORTS);
    for (const [index, user] of hiddenOnly.entries()) {
      const created = await server.request('/api/v1/tools/nginx/reasons', jsonBody('POST', { kind: 'pro', text: `Hidden contribution ${index}` }, { Cookie: user.cookie }));
      expect(created.status).toBe(201);
      expect((await act({ action: 'hide', subjectType: 'reason', subjectId: created.body.reason.id })).status).toBe(200);
    }
    const monthAgo = new Date(Date.now() - 30 * DAY_MS);
    await db.updateTable('users').set({ created_at: monthAgo }).where('id', 'in', [...idle, ...hiddenOnly].map((user) => user.id)).execute();

    established = await createSignedInUsers(db, AUTO_HIDE_REPORTS + 1);
    await establishMembers(db, established.map((user) => user.id));
  });
  afterAll(() => server.stop());

  const db = () => server.database.db;
  function act(body: Record<string, unknown>) {
    return server.request('/api/v1/moderation/actions', jsonBody('POST', body, { Cookie: moderator.cookie }));
  }
  async function reportAll(reporters: Reporter[], subject: Subject) {
    for (const reporter of reporters) {
      const response = await server.request('/api/v1/reports', jsonBody('POST', { ...subject, reason: 'spam' }, { Cookie: reporter.cookie }));
      expect(response.status, JSON.stringify(response.body)).toBe(201);
    }
  }
  /** Hidden content, or a suspended person. */
  async function concealed({ subjectType, subjectId }: Subject): Promise<boolean> {
    if (subjectType === 'user') {
      return (await db().selectFrom('users').select('suspended_at').where('id', '=', subjectId).executeTakeFirstOrThrow()).suspended_at !== null;
    }
    const table = subjectType === 'reason' ? 'reasons' : subjectType === 'decision' ? 'decisions' : 'stacks';
    return (await db().selectFrom(table).select('hidden').where('id', '=', subjectId).executeTakeFirstOrThrow()).hidden;
  }
  async function queued({ subjectType, subjectId }: Subject) {
    const response = await server.request('/api/v1/moderation/reports?limit=100', { headers: { Cookie: moderator.cookie } });
    expect(response.status).toBe(200);
    return response.body.items.find((item: Subject) => item.subjectType === subjectType && item.subjectId === subjectId);
  }
  async function autoHideEntries({ subjectType, subjectId }: Subject) {
    return db()
      .selectFrom('moderation_log')
      .select(['action', 'note', 'moderator_id'])
      .where('action', '=', 'auto_hide')
      .where('subject_type', '=', subjectType)
      .where('subject_id', '=', subjectId)
      .execute();
  }
  async function contentOf(owner: UserRow): Promise<Subject[]> {
    const reason = await buildReason(db(), owner, 'caddy');
    const decision = await buildDecision(db(), owner);
    const stack = await buildStack(db(), owner);
    return [
      { subjectType: 'reason', subjectId: reason.id },
      { subjectType: 'decision', subjectId: decision.id },
      { subjectType: 'stack', subjectId: stack.id },
    ];
  }

  it(`lets ${AUTO_HIDE_REPORTS} new accounts hide nothing and suspend nobody: every subject only reaches the queue`, async () => {
    const person = await buildUser(db());
    const subjects: Subject[] = [...(await contentOf(author)), { subjectType: 'user', subjectId: person.id }];
    for (const subject of subjects) {
      await reportAll(fresh, subject);
      expect(await concealed(subject), subject.subjectType).toBe(false);
      expect(await queued(subject)).toMatchObject({ hidden: false, reports: AUTO_HIDE_REPORTS });
      expect(await autoHideEntries(subject)).toEqual([]);
    }
    expect(await findCounterDrift(db())).toEqual([]);
  });

  it('does not count old accounts with no contribution, or whose only contribution a moderator hid', async () => {
    const subjects = await contentOf(author);
    for (const subject of subjects) {
      await reportAll([...idle, ...hiddenOnly], subject);
      expect(await concealed(subject), subject.subjectType).toBe(false);
      expect(await queued(subject)).toMatchObject({ hidden: false, reports: 2 * AUTO_HIDE_REPORTS });
    }
  });

  it(`hides content at the ${AUTO_HIDE_REPORTS}th established reporter, whatever the others said`, async () => {
    for (const subject of await contentOf(author)) {
      await reportAll([...fresh, ...idle, ...established.slice(0, AUTO_HIDE_REPORTS - 1)], subject);
      expect(await concealed(subject), subject.subjectType).toBe(false);

      await reportAll([established[AUTO_HIDE_REPORTS - 1]!], subject);
      expect(await concealed(subject), subject.subjectType).toBe(true);
      expect(await autoHideEntries(subject)).toEqual([{ action: 'auto_hide', note: `Reported by ${AUTO_HIDE_REPORTS} established members`, moderator_id: null }]);
      expect(await queued(subject)).toMatchObject({ hidden: true, reports: 2 * AUTO_HIDE_REPORTS + AUTO_HIDE_REPORTS });
    }
    expect(await findCounterDrift(db())).toEqual([]);
  });

  it(`never suspends a person, even reported by ${AUTO_HIDE_REPORTS + 1} established members`, async () => {
    const person = await buildUser(db());
    await buildReason(db(), person, 'redis');
    const subject: Subject = { subjectType: 'user', subjectId: person.id };
    await reportAll(established, subject);
    expect(await concealed(subject)).toBe(false);
    expect(await autoHideEntries(subject)).toEqual([]);
    expect(await queued(subject)).toMatchObject({ hidden: false, reports: AUTO_HIDE_REPORTS + 1 });
    const profile = await server.request(`/api/v1/users/${person.username}`);
    expect(profile.status).toBe(200);
  });

  it('never hides a moderator’s or an admin’s content automatically; it waits in the queue', async () => {
    for (const role of ['moderator', 'admin'] as const) {
      const staff = await buildUser(db(), { role });
      for (const subject of await contentOf(staff)) {
        await reportAll(established, subject);
        expect(await concealed(subject), `${role}'s ${subject.subjectType}`).toBe(false);
        expect(await autoHideEntries(subject)).toEqual([]);
        expect(await queued(subject)).toMatchObject({ hidden: false, reports: AUTO_HIDE_REPORTS + 1 });
      }
    }
  });

  it('counts an account from REPORT_TRUST_MIN_AGE_DAYS (7 by default): six days old is too new, eight is enough', async () => {
    const sixDays = await createSignedInUsers(db(), AUTO_HIDE_REPORTS);
    await establishMembers(db(), sixDays.map((user) => user.id), { ageDays: 6 });
    const eightDays = await createSignedInUsers(db(), AUTO_HIDE_REPORTS);
    await establishMembers(db(), eightDays.map((user) => user.id), { ageDays: 8 });

    const decision = await buildDecision(db(), author);
    const subject: Subject = { subjectType: 'decision', subjectId: decision.id };
    await reportAll(sixDays, subject);
    expect(await concealed(subject)).toBe(false);
    await reportAll(eightDays, subject);
    expect(await concealed(subject)).toBe(true);
  });
});
