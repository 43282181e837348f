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
import type { UserRole } from '@stackyard/domain';
import type { ContentType } from './visibility.js';

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

/** Namespace of the advisory locks that make one person's reports count one at a time (any constant int4). */
const REPORTER_LOCK_NAMESPACE = 0x5250_5254; // "RPRT"

/**
 * Holds, until the transaction ends, a lock that only this person's other report filings wait for: two
 * reports of one person are then counted against the daily limit one after the other, on every process.
 * An advisory lock rather than the person's row, which subjects (a reported person) and votes lock too:
 * taking it first can never close a cycle with those row locks. Ids 2^31 apart share a lock, harmlessly.
 */
export async function lockReporter(trx: Trx, reporterId: number): Promise<void> {
  await sql`select pg_advisory_xact_lock(${REPORTER_LOCK_NAMESPACE}::int, (${reporterId}::bigint % 2147483648)::int)`.execute(trx);
}

/**
 * When this person may file again: undefined while they have filed fewer than `limit` reports since `since`,
 * else the time of the limit-th newest of them (the window frees a place when it leaves). Served by
 * `reports_reporter_created_at_idx`, reading at most `limit` rows.
 */
export async function limitingReportTime(trx: Trx, reporterId: number, since: Date, limit: number): Promise<Date | undefined> {
  const row = await trx
    .selectFrom('reports')
    .select('created_at')
    .where('reporter_id', '=', reporterId)
    .where('created_at', '>', since)
    .orderBy('created_at', 'desc')
    .offset(limit - 1)
    .limit(1)
    .executeTakeFirst();
  return row?.created_at;
}

/**
 * Open reports on a subject by established members: accounts created by `joinedBy`, not suspended, with at
 * least one contribution no moderator hid (a stack, pro or con, or decision of theirs, or a vote on a pro,
 * con or decision). Standing is read now, at each count: a reporter whose every contribution is hidden, or
 * who is suspended, stops counting. One report per person (a unique index), so this is a number of people.
 */
export async function countOpenReportsByEstablishedMembers(trx: Trx, subject: ReportSubject, joinedBy: Date): Promise<number> {
  const { rows } = await sql<{ count: number }>`
    select count(*)::int as count
    from reports rp
    join users u on u.id = rp.reporter_id
    where rp.subject_type = ${subject.type} and rp.subject_id = ${subject.id} and rp.status = 'open'
      and u.created_at <= ${joinedBy} and u.suspended_at is null
      and (exists (select 1 from stacks s where s.owner_id = u.id and not s.hidden)
        or exists (select 1 from reasons r where r.author_id = u.id and not r.hidden)
        or exists (select 1 from decisions d where d.author_id = u.id and not d.hidden)
        or exists (select 1 from reason_votes v join reasons r on r.id = v.reason_id where v.user_id = u.id and not r.hidden)
        or exists (select 1 from decision_votes v join decisions d on d.id = v.decision_id where v.user_id = u.id and not d.hidden))`.execute(trx);
  return rows[0]?.count ?? 0;
}

/** The role of whoever wrote a pro or con or decision, or owns a stack; undefined when they are gone. */
export async function findContentAuthorRole(trx: Trx, type: ContentType, id: number): Promise<UserRole | undefined> {
  switch (type) {
    case 'reason':
      return (await trx.selectFrom('reasons as c').innerJoin('users as u', 'u.id', 'c.author_id').select('u.role').where('c.id', '=', id).executeTakeFirst())?.role;
    case 'decision':
      return (await trx.selectFrom('decisions as c').innerJoin('users as u', 'u.id', 'c.author_id').select('u.role').where('c.id', '=', id).executeTakeFirst())?.role;
    case 'stack':
      return (await trx.selectFrom('stacks as c').innerJoin('users as u', 'u.id', 'c.owner_id').select('u.role').where('c.id', '=', id).executeTakeFirst())?.role;
  }
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
  toolSlug: string | null;
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
           r.kind as "reasonKind", r.text as "reasonText", t.name as "toolName", t.slug as "toolSlug",
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

/** One open report as the queue shows it. */
export interface OpenReportRow {
  id: number;
  subjectType: ReportSubjectType;
  subjectId: number;
  reason: ReportReason;
  note: string | null;
  reporter: string | null;
  createdAt: Date;
}

/**
 * The open reports of the queue's subjects, oldest first, at most `perSubject` of each (a subject reported by
 * thousands is still one short list). One query for a page of the queue, over `reports_open_idx`.
 */
export async function listOpenReportsOf(db: Db, subjects: readonly ReportSubject[], perSubject: number): Promise<OpenReportRow[]> {
  if (subjects.length === 0) return [];
  const keys = sql.join(subjects.map((subject) => sql`(${subject.type}::text, ${subject.id}::bigint)`));
  const { rows } = await sql<OpenReportRow>`
    select id, "subjectType", "subjectId", reason, note, reporter, "createdAt"
    from (
      select rp.id, rp.subject_type as "subjectType", rp.subject_id as "subjectId", rp.reason, rp.note,
             u.username as reporter, rp.created_at as "createdAt",
             row_number() over (partition by rp.subject_type, rp.subject_id order by rp.created_at, rp.id) as place
      from reports rp
      left join users u on u.id = rp.reporter_id
      where rp.status = 'open' and (rp.subject_type::text, rp.subject_id::bigint) in (${keys})
    ) ranked
    where place <= ${perSubject}
    order by "createdAt", id`.execute(db);
  return rows;
}
