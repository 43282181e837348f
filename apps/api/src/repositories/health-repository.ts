import { sql, type Kysely } from 'kysely';
import type { Database } from '@stackyard/db';

/** Round-trips a trivial query; throws when the database cannot answer. */
export async function pingDatabase(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}
