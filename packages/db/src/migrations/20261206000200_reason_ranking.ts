import { sql, type Kysely } from 'kysely';

/**
 * Pages and counts a tool's pros or cons from one index. A tool page shows the first few of each kind and
 * pages the rest by (votes, id), so the ranking's last key is the id (which rises as reasons are written)
 * rather than created_at; `visible` and `author_id` ride along, so that the first few, the pages and the
 * count of what a reader may see are read from the index alone, however many a popular tool has.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop index reasons_ranking_idx`.execute(db);
  await sql`create index reasons_ranking_idx on reasons (tool_id, kind, votes_count desc, id) include (visible, author_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index reasons_ranking_idx`.execute(db);
  await sql`create index reasons_ranking_idx on reasons (tool_id, kind, votes_count desc, created_at)`.execute(db);
}
