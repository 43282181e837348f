import { sql } from 'kysely';
import {
  afterKey,
  keysetOrder,
  pageWindow,
  type Db,
  type Keyset,
  type PageRequest,
  type ReportReason,
  type ReportRow,
  type ReportStatus,
  type ReportSubjectType,
  type Trx,
} from '@stackyard/db';

export interface ReportSubject {
  type: ReportSubjectType;
  id: number;
}

/** Files a report unless this person already reported this subject (then undefined: one report per person). */
export async function insertReportUnlessDuplicate(
  trx: Trx,
  report: { reporterId: number; subject: ReportSubject; reason: ReportReason; note: string | null; now: Date },
): Promise<ReportRow | undefined> {
  return trx
    .insertInto('reports')
    .values({
      reporter_id: report.reporterId,
      subject_type: report.subject.type,
      subject_id: report.subject.id,
      reason: report.reason,
      note: report.note,
      created_at: report.now,
    })
    .onConflict((oc) => oc.columns(['reporter_id', 'subject_type', 'subject_id']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** Open reports on a subject; one per person (a unique index), so also the number of people reporting it. */
export async function countOpenReports(trx: Trx, subject: ReportSubject): Promise<number> {
  const row = await trx
    .selectFrom('reports')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('subject_type', '=', subject.type)
    .where('subject_id', '=', subject.id)
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Closes a subject's open reports with a verdict; returns how many it closed. */
export async function resolveOpenReports(
  trx: Trx,
  subject: ReportSubject,
  verdict: Exclude<ReportStatus, 'open'>,
  moderatorId: number,
  now: Date,
): Promise<number> {
  const result = await trx
    .updateTable('reports')
    .set({ status: verdict, resolved_by: moderatorId, resolved_at: now })
    .where('subject_type', '=', subject.type)
    .where('subject_id', '=', subject.id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** One subject of the moderators' queue, with what is needed to describe it in a line. */
export interface ReportQueueRow {
  subjectType: ReportSubjectType;
  subjectId: number;
  reports: number;
  reasons: ReportReason[];
  firstReportedAt: Date;
  /** The cursor key: the first open report's time as PostgreSQL prints it (full precision) and its id. */
  sortKey: string;
  firstReportId: number;
  /** Null when the subject no longer exists. */
  hidden: boolean | null;
  reasonKind: string | null;
  reasonText: string | null;
  toolName: string | null;
  decisionExcerpt: string | null;
  decisionAuthor: string | null;
  stackName: string | null;
  stackSlug: string | null;
  stackOwner: string | null;
  username: string | null;
}

/** The queue's order: by each subject's first open report, then that report's id. */
const longestWaitingFirst: Keyset = { key: sql`min(created_at)`, id: sql`min(id)`, cast: 'timestamptz', direction: 'asc' };

/**
 * Subjects with open reports, the longest waiting first (by their first open report, then its id), keyset-
 * paginated. The open reports are a small set read through the partial index `reports_open_idx`; the
 * subjects of one page are then described by one left join per kind. One more row than the page shows (see
 * paginate).
 */
export async function listReportQueue(db: Db, page: PageRequest): Promise<ReportQueueRow[]> {
  const { after, fetch } = pageWindow(page);
  const { rows } = await sql<ReportQueueRow>`
    with queue as (
      select subject_type, subject_id, count(*)::int as reports,
             array_agg(distinct reason order by reason) as reasons,
             min(created_at) as first_reported_at, min(id) as first_report_id
      from reports
      where status = 'open'
      group by subject_type, subject_id
      having ${afterKey(longestWaitingFirst, after)}
      order by ${keysetOrder(longestWaitingFirst)}
      limit ${fetch}
    )
    select q.subject_type as "subjectType", q.subject_id as "subjectId", q.reports, q.reasons,
           q.first_reported_at as "firstReportedAt", q.first_reported_at::text as "sortKey",
           q.first_report_id as "firstReportId",
           case q.subject_type
             when 'reason' then r.hidden
             when 'decision' then d.hidden
             when 'stack' then s.hidden
             else u.suspended_at is not null
           end as hidden,
           r.kind as "reasonKind", r.text as "reasonText", t.name as "toolName",
           left(d.body, 400) as "decisionExcerpt", da.username as "decisionAuthor",
           s.name as "stackName", s.slug as "stackSlug", so.username as "stackOwner",
           u.username
    from queue q
    left join reasons r on q.subject_type = 'reason' and r.id = q.subject_id
    left join tools t on t.id = r.tool_id
    left join decisions d on q.subject_type = 'decision' and d.id = q.subject_id
    left join users da on da.id = d.author_id
    left join stacks s on q.subject_type = 'stack' and s.id = q.subject_id
    left join users so on so.id = s.owner_id
    left join users u on q.subject_type = 'user' and u.id = q.subject_id
    order by q.first_reported_at, q.first_report_id`.execute(db);
  return rows;
}
