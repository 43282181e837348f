import { sql, type Kysely } from 'kysely';

/**
 * `comparison_view_visitors`: who has been counted as viewing a comparison on a day (UTC), as a hash of the
 * day, the tools and the visitor (a member's id, or an address and user agent), never the address itself.
 * The view counter inserts its visitors with ON CONFLICT DO NOTHING and adds to comparison_views only the
 * rows it inserted, in one statement, so a visitor counts once per comparison and day however many requests
 * they send and however many API processes answer them. The same statement deletes the rows older than
 * yesterday. They are not references, so they have no foreign keys: a deleted tool's rows just expire.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table comparison_view_visitors (
      day date not null,
      tool_a_id bigint not null,
      tool_b_id bigint not null,
      tool_c_id bigint,
      visitor text not null,
      constraint comparison_view_visitors_key unique nulls not distinct (day, tool_a_id, tool_b_id, tool_c_id, visitor)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists comparison_view_visitors`.execute(db);
}
