import { sql, type Kysely } from 'kysely';
import type { Database, ReasonKind, ReasonRow as ReasonTableRow, Trx } from '@stackyard/db';
import { ANYONE, hiddenMark, visibleTo, type Reader } from './visibility.js';

/** A pro or con as pages show it. */
export interface ReasonRow {
  id: number;
  toolId: number;
  kind: ReasonKind;
  text: string;
  votesCount: number;
  createdAt: Date;
  /** Out of public sight: shown only because the reader wrote it or moderates. */
  hidden: boolean;
}

/** The pros and cons of some tools the reader may see, in one query, ranked: most votes first, then oldest, then id. */
export async function listReasonsOf(db: Kysely<Database>, toolIds: number[], reader: Reader): Promise<ReasonRow[]> {
  if (toolIds.length === 0) return [];
  return db
    .selectFrom('reasons as r')
    .select(['r.id', 'r.tool_id as toolId', 'r.kind', 'r.text', 'r.votes_count as votesCount', 'r.created_at as createdAt', hiddenMark('r').as('hidden')])
    .where('r.tool_id', 'in', toolIds)
    .where(visibleTo(reader, 'reason', 'r'))
    .orderBy('r.votes_count', 'desc')
    .orderBy('r.created_at', 'asc')
    .orderBy('r.id', 'asc')
    .execute();
}

/**
 * Locks a reason anyone may see for the rest of the transaction. Every change to a reason's votes takes this
 * lock first, so changes to one reason are applied one at a time, in the order they are acknowledged; one
 * out of sight takes no votes (they would count in no tool's votes_count).
 */
export async function lockVisibleReason(trx: Trx, id: number): Promise<Pick<ReasonTableRow, 'id' | 'tool_id' | 'author_id'> | undefined> {
  return trx
    .selectFrom('reasons as r')
    .select(['r.id', 'r.tool_id', 'r.author_id'])
    .where('r.id', '=', id)
    .where(visibleTo(ANYONE, 'reason', 'r'))
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
