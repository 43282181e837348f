import type { Database } from '@stackyard/db';
import { sql, type Kysely } from 'kysely';

/**
 * Runs `work` while this process holds PostgreSQL's session-level advisory lock named `name`, on a
 * connection of the pool kept aside for it; answers `{ ran: false }` at once when another session holds it.
 * The lock goes with the connection, so a process that dies mid-run releases it. `work` uses the pool's
 * other connections (PostgreSQL only: PGlite's one connection would wait for itself).
 */
export async function whileHoldingAdvisoryLock<T>(db: Kysely<Database>, name: string, work: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
  return db.connection().execute(async (connection) => {
    const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_lock(hashtext(${name})) as locked`.execute(connection);
    if (!rows[0]?.locked) return { ran: false };
    try {
      return { ran: true, value: await work() };
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${name}))`.execute(connection);
    }
  });
}
