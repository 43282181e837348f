import { sql } from 'kysely';
import type { UserRole } from '@stackyard/domain';
import { newestFirst, paginate, type Db, type ModerationAction, type PageRequest, type ReportSubjectType, type Trx } from '@stackyard/db';

/**
 * A subject as moderation needs it, locked for the rest of the transaction. `hidden` is the moderators' flag;
 * content by a suspended author is out of sight too (`authorSuspended`), whatever that flag says.
 */
export type LockedSubject =
  | { type: 'reason'; id: number; hidden: boolean; authorSuspended: boolean; toolId: number; votesCount: number }
  | { type: 'decision' | 'stack'; id: number; hidden: boolean; authorSuspended: boolean }
  | { type: 'user'; id: number; role: UserRole; suspended: boolean };

/**
 * Locks a subject, hidden or not (FOR UPDATE; a person FOR NO KEY UPDATE), or undefined when it does not exist. Every moderation change
 * takes this lock first, so reports and moderators' actions on one subject happen one at a time; votes lock
 * the same reason row, so a reason's votes_count cannot move while it is being hidden.
 */
export async function lockSubject(trx: Trx, type: ReportSubjectType, id: number): Promise<LockedSubject | undefined> {
  switch (type) {
    case 'reason': {
      const row = await trx
        .selectFrom('reasons')
        .select(['id', 'hidden', 'author_suspended', 'tool_id', 'votes_count'])
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
      return row && { type, id: row.id, hidden: row.hidden, authorSuspended: row.author_suspended, toolId: row.tool_id, votesCount: row.votes_count };
    }
    case 'decision': {
      const row = await trx.selectFrom('decisions').select(['id', 'hidden', 'author_suspended']).where('id', '=', id).forUpdate().executeTakeFirst();
      return row && { type, id: row.id, hidden: row.hidden, authorSuspended: row.author_suspended };
    }
    case 'stack': {
      const row = await trx.selectFrom('stacks').select(['id', 'hidden', 'author_suspended']).where('id', '=', id).forUpdate().executeTakeFirst();
      return row && { type, id: row.id, hidden: row.hidden, authorSuspended: row.author_suspended };
    }
    case 'user': {
      // FOR NO KEY UPDATE, not FOR UPDATE: it still waits for votes (FOR SHARE) and other moderation, but
      // not for the FOR KEY SHARE that inserting a row referencing a user takes (a report's reporter_id).
      // With FOR UPDATE, two people reporting each other at once deadlocked, each holding the other's row.
      const row = await trx.selectFrom('users').select(['id', 'role', 'suspended_at']).where('id', '=', id).forNoKeyUpdate().executeTakeFirst();
      return row && { type, id: row.id, role: row.role, suspended: row.suspended_at !== null };
    }
  }
}

/** Moves a tool's votes_count by the counted votes of a reason that is hidden (negative) or shown again. */
export async function addToToolVotes(trx: Trx, toolId: number, delta: number): Promise<void> {
  if (delta === 0) return;
  await trx
    .updateTable('tools')
    .set((eb) => ({ votes_count: eb('votes_count', '+', delta) }))
    .where('id', '=', toolId)
    .execute();
}

/** Suspends a person (at `at`) or lifts the suspension (null); their votes' counters are the caller's. */
export async function setUserSuspendedAt(trx: Trx, userId: number, at: Date | null): Promise<void> {
  await trx.updateTable('users').set({ suspended_at: at }).where('id', '=', userId).execute();
}

export interface ModerationLogEntryRow {
  id: number;
  action: ModerationAction;
  subjectType: ReportSubjectType;
  subjectId: number;
  note: string | null;
  createdAt: Date;
}

const entryColumns = ['id', 'action', 'subject_type as subjectType', 'subject_id as subjectId', 'note', 'created_at as createdAt'] as const;

export async function insertModerationLogEntry(
  trx: Trx,
  entry: { moderatorId: number | null; action: ModerationAction; type: ReportSubjectType; id: number; note: string | null; now: Date },
): Promise<ModerationLogEntryRow> {
  return trx
    .insertInto('moderation_log')
    .values({
      moderator_id: entry.moderatorId,
      action: entry.action,
      subject_type: entry.type,
      subject_id: entry.id,
      note: entry.note,
      created_at: entry.now,
    })
    .returning(entryColumns)
    .executeTakeFirstOrThrow();
}

export interface ModerationLogListRow extends ModerationLogEntryRow {
  moderator: string | null;
  /** The cursor key: created_at as PostgreSQL prints it, at full precision. */
  sortKey: string;
}

/** A page of the public log, newest first, plus one more row (see paginate), over `moderation_log_created_at_idx`. */
export async function listModerationLog(db: Db, page: PageRequest): Promise<ModerationLogListRow[]> {
  const query = db
    .selectFrom('moderation_log as l')
    .leftJoin('users as m', 'm.id', 'l.moderator_id')
    .select([
      'l.id',
      'l.action',
      'l.subject_type as subjectType',
      'l.subject_id as subjectId',
      'm.username as moderator',
      'l.note',
      'l.created_at as createdAt',
      sql<string>`l.created_at::text`.as('sortKey'),
    ]);
  return paginate(query, newestFirst('l.created_at', 'l.id'), page).execute();
}
