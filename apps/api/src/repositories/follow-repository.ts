import type { Db, FollowTargetType } from '@stackyard/db';
import { ANYONE, visibleTo } from './visibility.js';

export interface FollowTarget {
  type: FollowTargetType;
  id: number;
}

/** Where each kind of target lives: the follows column that points at it and the table that counts followers. */
const targets = {
  tool: { column: 'tool_id', table: 'tools' },
  stack: { column: 'stack_id', table: 'stacks' },
  user: { column: 'followee_id', table: 'users' },
} as const;

/** Records that the user follows the target; true only when the follow is new. */
export async function insertFollow(db: Db, userId: number, target: FollowTarget, now: Date): Promise<boolean> {
  const { column } = targets[target.type];
  const row = await db
    .insertInto('follows')
    .values({ user_id: userId, target_type: target.type, [column]: target.id, created_at: now })
    .onConflict((oc) => oc.columns(['user_id', column]).where(column, 'is not', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Removes the follow; true only when there was one. */
export async function deleteFollow(db: Db, userId: number, target: FollowTarget): Promise<boolean> {
  const row = await db
    .deleteFrom('follows')
    .where('user_id', '=', userId)
    .where(targets[target.type].column, '=', target.id)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Moves the target's cached follower count; returns the new count. */
export async function addToFollowers(db: Db, target: FollowTarget, delta: 1 | -1): Promise<number> {
  const row = await db
    .updateTable(targets[target.type].table)
    .set((eb) => ({ followers_count: eb('followers_count', '+', delta) }))
    .where('id', '=', target.id)
    .returning('followers_count')
    .executeTakeFirstOrThrow();
  return row.followers_count;
}

export async function isFollowing(db: Db, userId: number, target: FollowTarget): Promise<boolean> {
  const row = await db
    .selectFrom('follows')
    .select('id')
    .where('user_id', '=', userId)
    .where(targets[target.type].column, '=', target.id)
    .executeTakeFirst();
  return row !== undefined;
}

/** Locks a person's row (changes to their follower count apply one at a time). */
export async function lockUserByUsername(db: Db, username: string): Promise<{ id: number; followers: number } | undefined> {
  return db
    .selectFrom('users')
    .select(['id', 'followers_count as followers'])
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase()))
    .where('suspended_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();
}

/** What a person follows that anyone may see (no suspended person, no hidden stack), newest first, a bounded list of each kind: three queries. */
export async function listFollowedBy(db: Db, userId: number, limit: number) {
  const [tools, stacks, users] = await Promise.all([
    db
      .selectFrom('follows as f')
      .innerJoin('tools as t', 't.id', 'f.tool_id')
      .select(['t.slug', 't.name', 't.logo_url as logoUrl'])
      .where('f.user_id', '=', userId)
      .orderBy('f.created_at', 'desc')
      .limit(limit)
      .execute(),
    db
      .selectFrom('follows as f')
      .innerJoin('stacks as s', 's.id', 'f.stack_id')
      .innerJoin('users as o', 'o.id', 's.owner_id')
      .select(['o.username as owner', 's.slug', 's.name'])
      .where('f.user_id', '=', userId)
      .where(visibleTo(ANYONE, 'stack', 's'))
      .orderBy('f.created_at', 'desc')
      .limit(limit)
      .execute(),
    db
      .selectFrom('follows as f')
      .innerJoin('users as u', 'u.id', 'f.followee_id')
      .select(['u.username', 'u.display_name as displayName', 'u.avatar_url as avatarUrl'])
      .where('f.user_id', '=', userId)
      .where('u.suspended_at', 'is', null)
      .orderBy('f.created_at', 'desc')
      .limit(limit)
      .execute(),
  ]);
  return { tools, stacks, users };
}

/** Which of these people the user follows: one query over the follower's follows. */
export async function listFollowedUserIds(db: Db, userId: number, userIds: number[]): Promise<Set<number>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('follows')
    .select('followee_id')
    .where('user_id', '=', userId)
    .where('followee_id', 'in', userIds)
    .execute();
  return new Set(rows.map((row) => row.followee_id).filter((id): id is number => id !== null));
}
