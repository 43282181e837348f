import type { Trx } from '@stackyard/db';

/** Records a vote; true only when the row is new (an existing vote changes nothing). */
export async function insertReasonVote(trx: Trx, reasonId: number, userId: number, now: Date): Promise<boolean> {
  const row = await trx
    .insertInto('reason_votes')
    .values({ reason_id: reasonId, user_id: userId, created_at: now })
    .onConflict((oc) => oc.columns(['reason_id', 'user_id']).doNothing())
    .returning('reason_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Removes a vote; true only when there was one. */
export async function deleteReasonVote(trx: Trx, reasonId: number, userId: number): Promise<boolean> {
  const row = await trx
    .deleteFrom('reason_votes')
    .where('reason_id', '=', reasonId)
    .where('user_id', '=', userId)
    .returning('reason_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Moves the cached vote counters of a reason and its tool together; returns the reason's new count. */
export async function addToReasonVoteCounters(trx: Trx, reasonId: number, toolId: number, delta: 1 | -1): Promise<number> {
  const { votes_count } = await trx
    .updateTable('reasons')
    .set((eb) => ({ votes_count: eb('votes_count', '+', delta) }))
    .where('id', '=', reasonId)
    .returning('votes_count')
    .executeTakeFirstOrThrow();
  await trx
    .updateTable('tools')
    .set((eb) => ({ votes_count: eb('votes_count', '+', delta) }))
    .where('id', '=', toolId)
    .execute();
  return votes_count;
}

export async function readReasonVotesCount(trx: Trx, reasonId: number): Promise<number> {
  const row = await trx.selectFrom('reasons').select('votes_count').where('id', '=', reasonId).executeTakeFirstOrThrow();
  return row.votes_count;
}
