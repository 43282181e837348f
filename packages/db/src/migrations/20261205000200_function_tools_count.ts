import { sql, type Kysely } from 'kysely';

/**
 * Each function's number of tools, cached: the categories page lists every function with it, and counting
 * the tools of each on every request read the whole tools table. Tools are written by the catalogue seed
 * alone, which recounts every counter when it is done (see counters.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table functions add column tools_count integer not null default 0`.execute(db);
  await sql`update functions f set tools_count = c.count from (select function_id, count(*)::int as count from tools group by function_id) c
            where c.function_id = f.id`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table functions drop column tools_count`.execute(db);
}
