import type { Transaction } from 'kysely';
import type { Database } from '@stackyard/db';

type Trx = Transaction<Database>;

/** Records that the user follows the tool; true only when the follow is new. */
export async function insertToolFollow(trx: Trx, userId: number, toolId: number, now: Date): Promise<boolean> {
  const row = await trx
    .insertInto('follows')
    .values({ user_id: userId, target_type: 'tool', tool_id: toolId, created_at: now })
    .onConflict((oc) => oc.columns(['user_id', 'tool_id']).where('tool_id', 'is not', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Removes the follow; true only when there was one. */
export async function deleteToolFollow(trx: Trx, userId: number, toolId: number): Promise<boolean> {
  const row = await trx
    .deleteFrom('follows')
    .where('user_id', '=', userId)
    .where('tool_id', '=', toolId)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function isFollowingTool(trx: Trx, userId: number, toolId: number): Promise<boolean> {
  const row = await trx.selectFrom('follows').select('id').where('user_id', '=', userId).where('tool_id', '=', toolId).executeTakeFirst();
  return row !== undefined;
}

export async function addToToolFollowers(trx: Trx, toolId: number, delta: 1 | -1): Promise<number> {
  const row = await trx
    .updateTable('tools')
    .set((eb) => ({ followers_count: eb('followers_count', '+', delta) }))
    .where('id', '=', toolId)
    .returning('followers_count')
    .executeTakeFirstOrThrow();
  return row.followers_count;
}
