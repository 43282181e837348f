import type { Database, ReportRow, Trx } from '@stackyard/db';
import { AUTO_HIDE_REPORTS, type CreateReportRequest, type Report } from '@stackyard/domain';
import type { Kysely } from 'kysely';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../errors/app-error.js';
import { insertModerationLogEntry, lockSubject, type LockedSubject } from '../repositories/moderation-repository.js';
import { countOpenReports, insertReportUnlessDuplicate } from '../repositories/report-repository.js';
import { setSubjectConcealed, subjectNotFound } from './moderation-service.js';

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
 * Files the viewer's report, one per person and subject (again is a 409). In the same transaction, the
 * report that brings a subject's open reports to AUTO_HIDE_REPORTS distinct people hides it (a person is
 * suspended) until a moderator decides, and the public log says so with no moderator. The subject is locked
 * first, so two reports arriving together are counted one after the other and hide it once.
 */
export async function fileReport(db: Kysely<Database>, viewer: Viewer, request: CreateReportRequest, now: Date): Promise<Report> {
  return db.transaction().execute(async (trx) => {
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
    const reports = await countOpenReports(trx, subject);
    if (reports >= AUTO_HIDE_REPORTS) await hideAutomatically(trx, subject, reports, now);
    return toReport(report);
  });
}

/**
 * Hides a subject enough people reported, unless it is hidden already. Moderators and admins are not
 * suspended automatically: a handful of accounts could otherwise lock the moderators out; they stay in the
 * queue for another moderator to decide.
 */
async function hideAutomatically(trx: Trx, subject: LockedSubject, reports: number, now: Date): Promise<void> {
  if (subject.type === 'user' && subject.role !== 'member') return;
  if (!(await setSubjectConcealed(trx, subject, true, now))) return;
  await insertModerationLogEntry(trx, {
    moderatorId: null,
    action: 'auto_hide',
    type: subject.type,
    id: subject.id,
    note: `Reported by ${reports} people`,
    now,
  });
}
