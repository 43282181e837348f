import type { Database, Engine } from '@stackyard/db';
import type { Kysely } from 'kysely';
import { whileHoldingAdvisoryLock } from '../repositories/advisory-lock-repository.js';

/**
 * Runs periodic work (`job` names it) in one process of the cluster at a time: on PostgreSQL under an
 * advisory lock, so that when several API replicas share the database the one that takes the lock does it
 * and the others skip that run; on the embedded database directly, since one process has its files.
 * Answers whether this process ran it.
 */
export async function runOneOfAKind<T>(database: { db: Kysely<Database>; engine: Engine }, job: string, work: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
  if (database.engine === 'pglite') return { ran: true, value: await work() };
  return whileHoldingAdvisoryLock(database.db, `stackyard:${job}`, work);
}
