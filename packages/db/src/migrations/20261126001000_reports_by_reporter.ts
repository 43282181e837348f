import { sql, type Kysely } from 'kysely';

/**
 * A person's reports newest first, for the daily limit on reports: the API counts a reporter's reports of
 * the last 24 hours before filing another, and this index reads just those.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index reports_reporter_created_at_idx on reports (reporter_id, created_at desc)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists reports_reporter_created_at_idx`.execute(db);
}
