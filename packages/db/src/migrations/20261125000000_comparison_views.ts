import { sql, type Kysely } from 'kysely';

/**
 * How often each comparison was viewed, to rank popular and related comparisons. One row per set of 2-3
 * tools, stored with the tool ids ascending (a < b < c) so that "a vs b" and "b vs a" are the same row.
 * The API buffers views in memory and adds them here in one upsert every few seconds, so a busy
 * comparison costs one write per flush, not one per request.
 */
const up_statements = [
  `create table comparison_views (
    id bigint generated always as identity primary key,
    tool_a_id bigint not null references tools (id) on delete cascade,
    tool_b_id bigint not null references tools (id) on delete cascade,
    tool_c_id bigint references tools (id) on delete cascade,
    views_count bigint not null default 0 check (views_count >= 0),
    last_viewed_at timestamptz not null default now(),
    check (tool_a_id < tool_b_id and (tool_c_id is null or tool_b_id < tool_c_id)),
    constraint comparison_views_tools_key unique nulls not distinct (tool_a_id, tool_b_id, tool_c_id)
  )`,
  `create index comparison_views_popular_idx on comparison_views (views_count desc, id desc)`,
  // Related comparisons look a tool up in any position; tool_a_id leads the unique index already.
  `create index comparison_views_tool_b_id_idx on comparison_views (tool_b_id)`,
  `create index comparison_views_tool_c_id_idx on comparison_views (tool_c_id) where tool_c_id is not null`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists comparison_views`.execute(db);
}
