import type { Db, NewSession, SessionRow } from '@stackyard/db';
import type { UserRole } from '@stackyard/domain';

export interface SessionWithUser extends SessionRow {
  username: string;
  role: UserRole;
  suspended_at: Date | null;
}

export async function insertSession(db: Db, session: NewSession): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

export async function findSessionWithUser(db: Db, id: string): Promise<SessionWithUser | undefined> {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .selectAll('s')
    .select(['u.username', 'u.role', 'u.suspended_at'])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export async function renewSession(db: Db, id: string, lastVerifiedAt: Date, expiresAt: Date): Promise<void> {
  await db.updateTable('sessions').set({ last_verified_at: lastVerifiedAt, expires_at: expiresAt }).where('id', '=', id).execute();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends every session of a user but, optionally, the one given; how many it ended. */
export async function deleteSessionsOfUser(db: Db, userId: number, exceptId: string | null = null): Promise<number> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptId) query = query.where('id', '<>', exceptId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Ends the user's session whose id starts with the public prefix; true when one was ended. */
export async function deleteSessionByPrefix(db: Db, userId: number, prefix: string): Promise<boolean> {
  const result = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('id', 'like', `${prefix}%`)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function listSessionsOfUser(db: Db, userId: number, now: Date): Promise<SessionRow[]> {
  return db
    .selectFrom('sessions')
    .selectAll()
    .where('user_id', '=', userId)
    .where('expires_at', '>', now)
    .orderBy('last_verified_at', 'desc')
    .execute();
}
