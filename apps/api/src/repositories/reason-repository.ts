import { sql, type Kysely } from 'kysely';
import type { Database, ReasonKind, ReasonRow as ReasonTableRow, Trx } from '@stackyard/db';

/** A visible pro or con as pages show it. */
export interface ReasonRow {
  id: number;
  toolId: number;
  kind: ReasonKind;
  text: string;
  votesCount: number;
  createdAt: Date;
}

/** The visible pros and cons of some tools in one query, ranked: most votes first, then oldest, then id. */
export async function listVisibleReasons(db: Kysely<Database>, toolIds: number[]): Promise<ReasonRow[]> {
  if (toolIds.length === 0) return [];
  return db
    .selectFrom('reasons')
    .select(['id', 'tool_id as toolId', 'kind', 'text', 'votes_count as votesCount', 'created_at as createdAt'])
    .where('tool_id', 'in', toolIds)
    .where('hidden', '=', false)
    .orderBy('votes_count', 'desc')
    .orderBy('created_at', 'asc')
    .orderBy('id', 'asc')
    .execute();
}

/**
 * Locks a visible reason for the rest of the transaction. Every change to a reason's votes takes this lock
 * first, so changes to one reason are applied one at a time, in the order they are acknowledged.
 */
export async function lockVisibleReason(trx: Trx, id: number): Promise<Pick<ReasonTableRow, 'id' | 'tool_id' | 'author_id'> | undefined> {
  return trx
    .selectFrom('reasons')
    .select(['id', 'tool_id', 'author_id'])
    .where('id', '=', id)
    .where('hidden', '=', false)
    .forUpdate()
    .executeTakeFirst();
}

/** Inserts a reason unless the tool has one with the same text in another case; undefined then. */
export async function insertReasonUnlessDuplicate(
  trx: Trx,
  reason: { toolId: number; kind: ReasonKind; text: string; authorId: number; now: Date },
): Promise<ReasonTableRow | undefined> {
  const { rows } = await sql<ReasonTableRow>`
    insert into reasons (tool_id, kind, text, author_id, created_at, updated_at)
    values (${reason.toolId}, ${reason.kind}, ${reason.text}, ${reason.authorId}, ${reason.now}, ${reason.now})
    on conflict (tool_id, lower(text)) do nothing
    returning *`.execute(trx);
  return rows[0];
}

export async function findReasonByText(trx: Trx, toolId: number, text: string): Promise<ReasonTableRow | undefined> {
  return trx
    .selectFrom('reasons')
    .selectAll()
    .where('tool_id', '=', toolId)
    .where(sql`lower(text)`, '=', text.toLowerCase())
    .executeTakeFirst();
}

export async function updateReasonText(trx: Trx, id: number, text: string, now: Date): Promise<ReasonTableRow> {
  return trx.updateTable('reasons').set({ text, updated_at: now }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Whether anyone but the author has voted for the reason. */
export async function hasVotesFromOthers(trx: Trx, reasonId: number, authorId: number): Promise<boolean> {
  const row = await trx
    .selectFrom('reason_votes')
    .select('user_id')
    .where('reason_id', '=', reasonId)
    .where('user_id', '<>', authorId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
