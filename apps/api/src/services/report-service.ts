import type { Database, ReportRow, Trx } from '@stackyard/db';
import { AUTO_HIDE_REPORTS, type CreateReportRequest, type Report } from '@stackyard/domain';
import type { Kysely } from 'kysely';
import type { Viewer } from '../auth/viewer.js';
import type { ReportPolicy } from '../config.js';
import { AppError } from '../errors/app-error.js';
import { insertModerationLogEntry, lockSubject, type LockedSubject } from '../repositories/moderation-repository.js';
import {
  countOpenReportsByEstablishedMembers,
  findContentAuthorRole,
  insertReportUnlessDuplicate,
  limitingReportTime,
  lockReporter,
} from '../repositories/report-repository.js';
import { setSubjectConcealed, subjectNotFound } from './moderation-service.js';

/** The daily limit is a rolling window: a report stops counting 24 hours after it was filed. */
const DAY_MS = 24 * 60 * 60 * 1000;

function toReport(row: ReportRow): Report {
  return {
    id: row.id,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    reason: row.reason,
    note: row.note,
    createdAt: row.created_at.toISOString(),
  };
}

/**
 * Files the viewer's report, one per person and subject (again is a 409), at most `policy.perDay` in any 24
 * hours (more is a 429 whose Retry-After says when the oldest of them leaves the window). The count is read
 * in the database under a per-reporter lock held to the end of the transaction, so the limit holds across
 * processes and under concurrent requests.
 *
 * In the same transaction, the report that brings a pro or con, decision or stack to AUTO_HIDE_REPORTS open
 * reports by established members hides it until a moderator decides, and the public log says so with no
 * moderator. Reports about a person only queue them. The subject is locked first, so two reports arriving
 * together are counted one after the other and hide it once.
 */
export async function fileReport(db: Kysely<Database>, viewer: Viewer, request: CreateReportRequest, now: Date, policy: ReportPolicy): Promise<Report> {
  return db.transaction().execute(async (trx) => {
    await lockReporter(trx, viewer.id);
    const limiting = await limitingReportTime(trx, viewer.id, new Date(now.getTime() - DAY_MS), policy.perDay);
    if (limiting) {
      const seconds = Math.max(1, Math.ceil((limiting.getTime() + DAY_MS - now.getTime()) / 1000));
      throw new AppError('rate_limited', `You can file ${policy.perDay} reports a day; try again in ${seconds} s`, { retryAfterSeconds: seconds });
    }

    const subject = await lockSubject(trx, request.subjectType, request.subjectId);
    if (!subject) throw subjectNotFound(request.subjectType);
    const report = await insertReportUnlessDuplicate(trx, {
      reporterId: viewer.id,
      subject,
      reason: request.reason,
      note: request.note ?? null,
      now,
    });
    if (!report) throw new AppError('conflict', 'You have already reported this; the moderators will look at it');
    await hideIfEstablishedMembersAgree(trx, subject, new Date(now.getTime() - policy.trustMinAgeDays * DAY_MS), now);
    return toReport(report);
  });
}

/**
 * Hides content that AUTO_HIDE_REPORTS established members (accounts created by `joinedBy`, with a
 * contribution no moderator hid) reported, unless it is hidden already. A person is never suspended
 * automatically, and moderators' and admins' content is never hidden automatically: a handful of accounts
 * could otherwise silence anyone, or lock the moderators out. Both stay in the queue for a moderator.
 */
async function hideIfEstablishedMembersAgree(trx: Trx, subject: LockedSubject, joinedBy: Date, now: Date): Promise<void> {
  if (subject.type === 'user' || subject.hidden) return;
  const reports = await countOpenReportsByEstablishedMembers(trx, subject, joinedBy);
  if (reports < AUTO_HIDE_REPORTS) return;
  const authorRole = await findContentAuthorRole(trx, subject.type, subject.id);
  if (authorRole === 'moderator' || authorRole === 'admin') return;
  if (!(await setSubjectConcealed(trx, subject, true, now))) return;
  await insertModerationLogEntry(trx, {
    moderatorId: null,
    action: 'auto_hide',
    type: subject.type,
    id: subject.id,
    note: `Reported by ${reports} established members`,
    now,
  });
}
