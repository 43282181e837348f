import { toPage, type Database, type PageRequest, type Trx } from '@stackyard/db';
import {
  oneLine,
  REPORT_QUEUE_DETAILS,
  type ModerationActionRequest,
  type ModerationActionResult,
  type ModerationLogEntry,
  type Page,
  type ReportQueueItem,
  type ReportSubjectType,
} from '@stackyard/domain';
import type { Kysely } from 'kysely';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../errors/app-error.js';
import {
  addToToolVotes,
  insertModerationLogEntry,
  listModerationLog,
  lockSubject,
  setUserSuspendedAt,
  type LockedSubject,
  type ModerationLogEntryRow,
} from '../repositories/moderation-repository.js';
import { listOpenReportsOf, listReportQueue, resolveOpenReports, type OpenReportRow, type ReportQueueRow } from '../repositories/report-repository.js';
import { shiftCountersForVotesOf } from '../repositories/user-repository.js';
import { lockAuthoredContent, setAuthorSuspended, setContentHidden } from '../repositories/visibility.js';

const SUBJECT_NAMES: Record<ReportSubjectType, string> = {
  reason: 'That pro or con',
  decision: 'That decision',
  stack: 'That stack',
  user: 'That person',
};

export function subjectNotFound(type: ReportSubjectType): AppError {
  return AppError.notFound(SUBJECT_NAMES[type]);
}

/**
 * Hides content or suspends a person (`concealed` true), or shows it again / lifts the suspension (false),
 * with everything whose stored visibility depends on it and the counters that move with that, in the
 * caller's transaction; true only when something changed. The one place that changes who sees what:
 * moderators' actions and automatic hiding both come here.
 *
 * Hiding content sets the moderators' flag and the visibility of the events that name it; a pro or con
 * that thereby leaves sight takes its counted votes out of its tool's votes_count, and showing it puts them
 * back (one by a suspended author is out of sight either way, so its votes move with the suspension instead).
 * Suspending a person takes every vote they cast out of the counters (users.shiftCountersForVotesOf) and
 * hides everything they wrote and did (visibility.setAuthorSuspended), their pros and cons' votes leaving
 * their tools' counts; lifting it undoes both, and what a moderator hid stays hidden. Either order of the
 * two keeps the counts exact (each counts a tool's votes on its visible pros and cons only); what they
 * wrote is locked first, before any tool. Decisions and stacks cache no counter that depends on their
 * visibility.
 */
export async function setSubjectConcealed(trx: Trx, subject: LockedSubject, concealed: boolean, now: Date): Promise<boolean> {
  if (subject.type === 'user') {
    if (subject.suspended === concealed) return false;
    await lockAuthoredContent(trx, subject.id);
    await setUserSuspendedAt(trx, subject.id, concealed ? now : null);
    await shiftCountersForVotesOf(trx, subject.id, concealed ? -1 : 1);
    await setAuthorSuspended(trx, subject.id, concealed);
    return true;
  }
  if (subject.hidden === concealed) return false;
  await setContentHidden(trx, subject.type, subject.id, concealed);
  if (subject.type === 'reason' && !subject.authorSuspended) {
    await addToToolVotes(trx, subject.toolId, concealed ? -subject.votesCount : subject.votesCount);
  }
  return true;
}

export function toLogEntry(row: ModerationLogEntryRow, moderator: string | null): ModerationLogEntry {
  return {
    id: row.id,
    action: row.action,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    moderator,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * A moderator's action, in one transaction: the subject is locked, changed if the action changes it (hiding
 * something hidden changes nothing and moves no counter), its open reports closed (upheld by hide and
 * suspend, dismissed by restore, unsuspend and dismiss), and the public log written whenever the subject
 * changed or reports were closed. Dismiss also clears the reports of a subject that no longer exists.
 */
export async function moderate(db: Kysely<Database>, moderator: Viewer, request: ModerationActionRequest, now: Date): Promise<ModerationActionResult> {
  const { action, subjectType, subjectId } = request;
  return db.transaction().execute(async (trx) => {
    const subject = await lockSubject(trx, subjectType, subjectId);
    if (!subject && action !== 'dismiss') throw subjectNotFound(subjectType);
    if (subject?.type === 'user' && action === 'suspend') {
      if (subject.id === moderator.id) throw new AppError('forbidden', 'Moderators cannot suspend themselves');
      if (subject.role === 'admin') throw new AppError('forbidden', 'An admin cannot be suspended; change their role first');
    }

    const changed = subject && action !== 'dismiss' ? await setSubjectConcealed(trx, subject, action === 'hide' || action === 'suspend', now) : false;
    const verdict = action === 'hide' || action === 'suspend' ? 'upheld' : 'dismissed';
    const resolvedReports = await resolveOpenReports(trx, { type: subjectType, id: subjectId }, verdict, moderator.id, now);
    if (!subject && resolvedReports === 0) throw subjectNotFound(subjectType);

    const logged =
      changed || resolvedReports > 0
        ? await insertModerationLogEntry(trx, { moderatorId: moderator.id, action, type: subjectType, id: subjectId, note: request.note ?? null, now })
        : null;
    return {
      subjectType,
      subjectId,
      state: stateOf(subject, changed),
      changed,
      resolvedReports,
      logEntry: logged ? toLogEntry(logged, moderator.username) : null,
    };
  });
}

/** The subject's state after an action (the locked row is its state before), or deleted when it is gone. */
function stateOf(subject: LockedSubject | undefined, changed: boolean): ModerationActionResult['state'] {
  if (!subject) return 'deleted';
  if (subject.type === 'user') return subject.suspended !== changed ? 'suspended' : 'active';
  return subject.hidden !== changed ? 'hidden' : 'visible';
}

const SUMMARY_LENGTH = 140;

function excerpt(text: string): string {
  return oneLine(text, SUMMARY_LENGTH);
}

/** What a moderator needs to recognise a reported subject, in one line. */
function summarise(row: ReportQueueRow): string {
  if (row.hidden === null) return `(deleted ${row.subjectType} #${row.subjectId})`;
  switch (row.subjectType) {
    case 'reason':
      return excerpt(`${row.reasonKind === 'con' ? 'Con' : 'Pro'} of ${row.toolName}: ${row.reasonText}`);
    case 'decision':
      return excerpt(`Decision by @${row.decisionAuthor}: ${row.decisionExcerpt}`);
    case 'stack':
      return excerpt(`Stack ${row.stackOwner}/${row.stackSlug}: ${row.stackName}`);
    case 'user':
      return `@${row.username}`;
  }
}

/**
 * The moderators' queue: subjects with open reports, the longest waiting first, each with where to find it
 * and its first open reports (who, why, when, their note). Two queries a page, whatever its subjects.
 */
export async function getReportQueue(db: Kysely<Database>, query: PageRequest): Promise<Page<ReportQueueItem>> {
  const page = toPage(await listReportQueue(db, query), query.limit, (row) => [row.sortKey, row.firstReportId]);
  const details = await listOpenReportsOf(
    db,
    page.items.map((row) => ({ type: row.subjectType, id: row.subjectId })),
    REPORT_QUEUE_DETAILS,
  );
  const reportsOf = new Map<string, OpenReportRow[]>();
  for (const report of details) {
    const key = `${report.subjectType}:${report.subjectId}`;
    reportsOf.set(key, [...(reportsOf.get(key) ?? []), report]);
  }
  return {
    ...page,
    items: page.items.map((row) => ({
      subjectType: row.subjectType,
      subjectId: row.subjectId,
      summary: summarise(row),
      hidden: row.hidden ?? false,
      reports: row.reports,
      reasons: row.reasons,
      firstReportedAt: new Date(row.firstReportedAt).toISOString(),
      ...whereToFind(row),
      openReports: (reportsOf.get(`${row.subjectType}:${row.subjectId}`) ?? []).map((report) => ({
        id: report.id,
        reason: report.reason,
        note: report.note,
        reporter: report.reporter,
        createdAt: new Date(report.createdAt).toISOString(),
      })),
    })),
  };
}

/** What a queue item needs to link its subject: a pro or con's tool, a stack's address, a person's username. */
function whereToFind(row: ReportQueueRow): Pick<ReportQueueItem, 'deleted' | 'tool' | 'stack' | 'username'> {
  const none = { deleted: row.hidden === null, tool: null, stack: null, username: null };
  if (row.hidden === null) return none;
  switch (row.subjectType) {
    case 'reason':
      return { ...none, tool: row.toolSlug && row.toolName ? { slug: row.toolSlug, name: row.toolName } : null };
    case 'stack':
      return { ...none, stack: row.stackOwner && row.stackSlug ? { owner: row.stackOwner, slug: row.stackSlug } : null };
    case 'decision':
      return { ...none, username: row.decisionAuthor };
    case 'user':
      return { ...none, username: row.username };
  }
}

/** The public moderation log, newest first. */
export async function getModerationLog(db: Kysely<Database>, query: PageRequest): Promise<Page<ModerationLogEntry>> {
  const page = toPage(await listModerationLog(db, query), query.limit, (row) => [row.sortKey, row.id]);
  return { ...page, items: page.items.map((row) => toLogEntry(row, row.moderator)) };
}
