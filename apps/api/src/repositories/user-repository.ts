import { sql } from 'kysely';
import type { Db, NewUser, Trx, UserRow, UserUpdate } from '@stackyard/db';
import { USERNAME_SKELETON_SQL, type UserRole } from '@stackyard/domain';
import { ANYONE, visibleTo, type Reader } from './visibility.js';

export async function insertUser(db: Db, user: NewUser): Promise<UserRow> {
  return db.insertInto('users').values(user).returningAll().executeTakeFirstOrThrow();
}

export async function findUserById(db: Db, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The account a sign-in names, by username or email, ignoring case. */
export async function findUserByLogin(db: Db, login: string): Promise<UserRow | undefined> {
  const lowered = login.toLowerCase();
  return db
    .selectFrom('users')
    .selectAll()
    .where((eb) => eb.or([eb(sql`lower(username)`, '=', lowered), eb(sql`lower(email)`, '=', lowered)]))
    .executeTakeFirst();
}

/**
 * Another member (not `exceptId`) whose username has this skeleton (see skeleton() in the domain), or
 * undefined. The username's skeleton is computed in SQL exactly as the domain computes it for ASCII.
 */
export async function findOtherUserWithUsernameSkeleton(db: Db, nameSkeleton: string, exceptId: number | null): Promise<{ username: string } | undefined> {
  const { from, to, pairs } = USERNAME_SKELETON_SQL;
  let skeletonOfUsername = sql<string>`translate(lower(username), ${from}, ${to})`;
  for (const [pair, single] of pairs) skeletonOfUsername = sql<string>`replace(${skeletonOfUsername}, ${pair}, ${single})`;
  let query = db.selectFrom('users').select('username').where(skeletonOfUsername, '=', nameSkeleton);
  if (exceptId !== null) query = query.where('id', '<>', exceptId);
  return query.limit(1).executeTakeFirst();
}

export async function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where(sql`lower(username)`, '=', username.toLowerCase()).executeTakeFirst();
}

export interface ProfileCountsRow {
  stacks: number;
  decisions: number;
  followedTools: number;
  followedStacks: number;
  followedUsers: number;
}

/**
 * How many stacks and decisions of a person the reader may see (what listStacksOfOwner and
 * listDecisionsByAuthor list), and how many tools, stacks and people they follow that anyone may see (what
 * listFollowedBy lists): one query of counts over the indexes by owner, author and follower.
 */
export async function countProfileContents(db: Db, userId: number, reader: Reader): Promise<ProfileCountsRow> {
  const { rows } = await sql<ProfileCountsRow>`
    select
      (select count(*) from stacks s where s.owner_id = ${userId} and ${visibleTo(reader, 'stack', 's')})::int as stacks,
      (select count(*) from decisions d where d.author_id = ${userId} and ${visibleTo(reader, 'decision', 'd')})::int as decisions,
      (select count(*) from follows f where f.user_id = ${userId} and f.tool_id is not null)::int as "followedTools",
      (select count(*) from follows f join stacks s on s.id = f.stack_id
       where f.user_id = ${userId} and ${visibleTo(ANYONE, 'stack', 's')})::int as "followedStacks",
      (select count(*) from follows f join users u on u.id = f.followee_id
       where f.user_id = ${userId} and u.suspended_at is null)::int as "followedUsers"`.execute(db);
  return rows[0]!;
}

/** Taken usernames that start with `prefix` (any case), lowercased: to pick a free one in one query. */
export async function listUsernamesStartingWith(db: Db, prefix: string): Promise<Set<string>> {
  const pattern = `${prefix.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  const rows = await db
    .selectFrom('users')
    .select(sql<string>`lower(username)`.as('username'))
    .where(sql`lower(username)`, 'like', sql`${pattern} escape '\\'`)
    .execute();
  return new Set(rows.map((row) => row.username));
}

export async function updateUser(db: Db, id: number, changes: UserUpdate): Promise<UserRow | undefined> {
  return db.updateTable('users').set(changes).where('id', '=', id).returningAll().executeTakeFirst();
}

export async function setUserRole(db: Db, username: string, role: UserRole): Promise<UserRow | undefined> {
  return db
    .updateTable('users')
    .set({ role, updated_at: sql`now()` })
    .where(sql`lower(username)`, '=', username.toLowerCase())
    .returningAll()
    .executeTakeFirst();
}

/**
 * Moves the vote counters by every vote a user has cast: -1 when their votes stop counting (suspension,
 * deletion), +1 when they count again (restored). Reasons, their tools (for visible reasons) and decisions.
 */
export async function shiftCountersForVotesOf(trx: Trx, userId: number, delta: 1 | -1): Promise<void> {
  await sql`update reasons r set votes_count = r.votes_count + ${delta}
            from reason_votes v where v.reason_id = r.id and v.user_id = ${userId}`.execute(trx);
  await sql`update tools t set votes_count = t.votes_count + ${delta} * c.n
            from (select r.tool_id, count(*)::int as n from reason_votes v join reasons r on r.id = v.reason_id
                  where v.user_id = ${userId} and r.visible group by r.tool_id) c
            where c.tool_id = t.id`.execute(trx);
  await sql`update decisions d set votes_count = d.votes_count + ${delta}
            from decision_votes v where v.decision_id = d.id and v.user_id = ${userId}`.execute(trx);
}

/**
 * Deletes an account and keeps the community's counts true: the counters of what its votes, follows and
 * stacks counted go down in the same transaction, then the cascade removes the rows. Pros and cons it wrote
 * stay, without an author. A suspended account's votes no longer count, so they are not subtracted again.
 */
export async function deleteUserKeepingCounts(trx: Trx, user: Pick<UserRow, 'id' | 'suspended_at'>): Promise<void> {
  const id = user.id;
  if (user.suspended_at === null) await shiftCountersForVotesOf(trx, id, -1);
  await sql`update tools t set followers_count = t.followers_count - 1
            from follows f where f.tool_id = t.id and f.user_id = ${id}`.execute(trx);
  await sql`update stacks s set followers_count = s.followers_count - 1
            from follows f where f.stack_id = s.id and f.user_id = ${id}`.execute(trx);
  await sql`update users u set followers_count = u.followers_count - 1
            from follows f where f.followee_id = u.id and f.user_id = ${id}`.execute(trx);
  await sql`update tools t set stacks_count = t.stacks_count - c.n, detected_stacks_count = t.detected_stacks_count - c.detected
            from (select st.tool_id, count(*)::int as n, (count(*) filter (where st.source = 'detected'))::int as detected
                  from stack_tools st join stacks s on s.id = st.stack_id
                  where s.owner_id = ${id} group by st.tool_id) c
            where c.tool_id = t.id`.execute(trx);
  await trx.deleteFrom('users').where('id', '=', id).execute();
}

/**
 * Holds the voter's row (FOR SHARE) for the rest of a vote's transaction and tells whether they may vote.
 * A suspension locks the same row FOR NO KEY UPDATE, which conflicts with it, so a vote and a suspension
 * never interleave: either the vote commits first and the suspension subtracts it, or the suspension
 * commits first and the vote is refused.
 */
export async function lockActiveVoter(trx: Trx, userId: number): Promise<boolean> {
  const row = await trx.selectFrom('users').select('suspended_at').where('id', '=', userId).forShare().executeTakeFirst();
  return row !== undefined && row.suspended_at === null;
}

export interface PopularUserRow {
  id: number;
  username: string;
  displayName: string | null;
  avatarUrl: string | null;
  followers: number;
  stacks: number;
}

/**
 * The most followed people who are not suspended (and not `exceptId`), ties broken by how many stacks anyone
 * may see they have, then by who joined first: one query, whose stacks count is a correlated count over the
 * owner index for each candidate.
 */
export async function listPopularUsers(db: Db, limit: number, exceptId: number | null): Promise<PopularUserRow[]> {
  const { rows } = await sql<PopularUserRow>`
    select u.id, u.username, u.display_name as "displayName", u.avatar_url as "avatarUrl", u.followers_count as followers,
      (select count(*) from stacks s where s.owner_id = u.id and ${visibleTo(ANYONE, 'stack', 's')})::int as stacks
    from users u
    where u.suspended_at is null ${exceptId === null ? sql`` : sql`and u.id <> ${exceptId}`}
    order by u.followers_count desc, stacks desc, u.id asc
    limit ${limit}`.execute(db);
  return rows;
}
