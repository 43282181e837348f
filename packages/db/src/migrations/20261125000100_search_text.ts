import { sql, type Kysely } from 'kysely';

/**
 * Search that ignores case and accents, served by indexes. unaccent() is only STABLE (its dictionary could
 * change), so PostgreSQL refuses it in an index expression; search_text() wraps it as IMMUTABLE, naming the
 * dictionary and schema explicitly so that the result cannot depend on the search_path. If the unaccent
 * rules ever change, REINDEX the indexes below.
 *
 * Each searched column gets a text_pattern_ops btree for prefixes (usable from the first character typed)
 * and a trigram GIN index for substrings and misspellings (useful from three characters).
 */
const up_statements = [
  `create function search_text(value text) returns text
    language sql immutable strict parallel safe
    return lower(public.unaccent('public.unaccent'::regdictionary, value))`,
  `create index tools_search_prefix_idx on tools (search_text(name) text_pattern_ops)`,
  `create index tools_search_trgm_idx on tools using gin (search_text(name) gin_trgm_ops)`,
  `create index stacks_search_prefix_idx on stacks (search_text(name) text_pattern_ops) where not hidden`,
  `create index stacks_search_trgm_idx on stacks using gin (search_text(name) gin_trgm_ops) where not hidden`,
  `create index users_username_search_prefix_idx on users (search_text(username) text_pattern_ops)`,
  `create index users_display_name_search_prefix_idx on users (search_text(display_name) text_pattern_ops)`,
  `create index users_search_trgm_idx on users using gin ((search_text(username) || ' ' || coalesce(search_text(display_name), '')) gin_trgm_ops)`,
];

const down_statements = [
  `drop index if exists users_search_trgm_idx`,
  `drop index if exists users_display_name_search_prefix_idx`,
  `drop index if exists users_username_search_prefix_idx`,
  `drop index if exists stacks_search_trgm_idx`,
  `drop index if exists stacks_search_prefix_idx`,
  `drop index if exists tools_search_trgm_idx`,
  `drop index if exists tools_search_prefix_idx`,
  `drop function if exists search_text(text)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of down_statements) await sql.raw(statement).execute(db);
}
