import { sql, type Kysely } from 'kysely';

/**
 * Search over stored, normalised names. search_text() (lower case, accents removed) ran for every row a
 * search looked at, several times over in its ranking; now each searched name keeps its normalised form in
 * a generated column, written once with the row, and the prefix and trigram indexes are on those columns.
 * A search compares plain text and ranks each row once.
 *
 * The popularity indexes let a one- or two-letter prefix, which matches a large share of all names, be
 * served by walking the most popular names first and stopping at the page size.
 */
const up_statements = [
  `alter table tools add column search_name text generated always as (search_text(name)) stored`,
  `alter table stacks add column search_name text generated always as (search_text(name)) stored`,
  `alter table users add column search_username text generated always as (search_text(username)) stored`,
  `alter table users add column search_display_name text generated always as (search_text(display_name)) stored`,
  `alter table users add column search_words text
     generated always as (search_text(username) || ' ' || coalesce(search_text(display_name), '')) stored`,
  `drop index tools_search_prefix_idx`,
  `drop index tools_search_trgm_idx`,
  `drop index stacks_search_prefix_idx`,
  `drop index stacks_search_trgm_idx`,
  `drop index users_username_search_prefix_idx`,
  `drop index users_display_name_search_prefix_idx`,
  `drop index users_search_trgm_idx`,
  `create index tools_search_prefix_idx on tools (search_name text_pattern_ops)`,
  `create index tools_search_trgm_idx on tools using gin (search_name gin_trgm_ops)`,
  `create index stacks_search_prefix_idx on stacks (search_name text_pattern_ops) where visible`,
  `create index stacks_search_trgm_idx on stacks using gin (search_name gin_trgm_ops) where visible`,
  `create index stacks_followers_count_idx on stacks (followers_count desc, id desc) where visible`,
  `create index users_username_search_prefix_idx on users (search_username text_pattern_ops)`,
  `create index users_display_name_search_prefix_idx on users (search_display_name text_pattern_ops)`,
  `create index users_search_trgm_idx on users using gin (search_words gin_trgm_ops)`,
  `create index users_followers_count_idx on users (followers_count desc, id) where suspended_at is null`,
];

const down_statements = [
  `drop index users_followers_count_idx`,
  `drop index stacks_followers_count_idx`,
  `drop index users_search_trgm_idx`,
  `drop index users_display_name_search_prefix_idx`,
  `drop index users_username_search_prefix_idx`,
  `drop index stacks_search_trgm_idx`,
  `drop index stacks_search_prefix_idx`,
  `drop index tools_search_trgm_idx`,
  `drop index tools_search_prefix_idx`,
  `alter table users drop column search_words`,
  `alter table users drop column search_display_name`,
  `alter table users drop column search_username`,
  `alter table stacks drop column search_name`,
  `alter table tools drop column search_name`,
  `create index tools_search_prefix_idx on tools (search_text(name) text_pattern_ops)`,
  `create index tools_search_trgm_idx on tools using gin (search_text(name) gin_trgm_ops)`,
  `create index stacks_search_prefix_idx on stacks (search_text(name) text_pattern_ops) where visible`,
  `create index stacks_search_trgm_idx on stacks using gin (search_text(name) gin_trgm_ops) where visible`,
  `create index users_username_search_prefix_idx on users (search_text(username) text_pattern_ops)`,
  `create index users_display_name_search_prefix_idx on users (search_text(display_name) text_pattern_ops)`,
  `create index users_search_trgm_idx on users using gin ((search_text(username) || ' ' || coalesce(search_text(display_name), '')) gin_trgm_ops)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of down_statements) await sql.raw(statement).execute(db);
}
