import type { Kysely } from 'kysely';
import type { Database } from '@stackyard/db';
import { startSession } from '../services/session-service.js';
import { SESSION_COOKIE } from './accounts.js';

/**
 * Signed-in cookies for many people at once, without the cost of a password hash each: users are inserted
 * directly and given sessions the way sign-in does.
 */
export async function createSignedInUsers(db: Kysely<Database>, count: number, prefix: string): Promise<Array<{ id: number; cookie: string }>> {
  const rows = await db
    .insertInto('users')
    .values(Array.from({ length: count }, (_, index) => ({ username: `${prefix}-${index}`, email: `${prefix}-${index}@example.org` })))
    .returning('id')
    .execute();
  const now = new Date();
  return Promise.all(
    rows.map(async ({ id }) => {
      const session = await startSession(db, id, now, { userAgent: 'test', ip: null });
      return { id, cookie: `${SESSION_COOKIE}=${session.token}` };
    }),
  );
}
