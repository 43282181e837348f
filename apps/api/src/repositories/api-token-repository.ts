import { sql, type Kysely } from 'kysely';
import type { ApiTokenRow, Database, Db } from '@stackyard/db';
import type { UserRole } from '@stackyard/domain';

export async function insertApiToken(
  db: Kysely<Database>,
  token: { userId: number; name: string; tokenHash: string; expiresAt: Date | null },
): Promise<ApiTokenRow> {
  return db
    .insertInto('api_tokens')
    .values({ user_id: token.userId, name: token.name, token_hash: token.tokenHash, expires_at: token.expiresAt })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listApiTokensOfUser(db: Kysely<Database>, userId: number): Promise<ApiTokenRow[]> {
  return db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
}

/** Revokes one of the user's tokens; true when it existed. */
export async function deleteApiToken(db: Kysely<Database>, userId: number, id: number): Promise<boolean> {
  const result = await db.deleteFrom('api_tokens').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Revokes every token of the user (a password change does); how many there were. */
export async function deleteApiTokensOfUser(db: Db, userId: number): Promise<number> {
  const result = await db.deleteFrom('api_tokens').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The live token with this hash and its owner: not found once it has expired. */
export async function findApiTokenWithUser(
  db: Kysely<Database>,
  tokenHash: string,
  now: Date,
): Promise<{ id: number; userId: number; username: string; role: UserRole; suspendedAt: Date | null; lastUsedAt: Date | null } | undefined> {
  return db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select(['t.id', 't.user_id as userId', 'u.username', 'u.role', 'u.suspended_at as suspendedAt', 't.last_used_at as lastUsedAt'])
    .where('t.token_hash', '=', tokenHash)
    .where((eb) => eb.or([eb('t.expires_at', 'is', null), eb('t.expires_at', '>', now)]))
    .executeTakeFirst();
}

/** Records a use; written at most once a minute per token so that busy clients do not write on every call. */
export async function touchApiToken(db: Kysely<Database>, id: number, now: Date): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ last_used_at: now })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', sql<Date>`${now}::timestamptz - interval '1 minute'`)]))
    .execute();
}
