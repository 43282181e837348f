import type { Database } from '@stackyard/db';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { ANYONE, visibleTo } from './visibility.js';

/**
 * Autocomplete. Text is compared through search_text() (lower case, accents removed; see the search_text
 * migration), which is IMMUTABLE: PostgreSQL folds search_text('Ngi') into the constant 'ngi' when it plans
 * the query, so `search_text(name) like 'ngi%'` becomes a range scan of the text_pattern_ops index from the
 * first character typed. From TRIGRAM_MIN_LENGTH characters on, substrings and close spellings join in
 * through the trigram indexes; before that a trigram has too little to match on.
 */
export const TRIGRAM_MIN_LENGTH = 3;

/** search_text(text) as a LIKE pattern: wildcards escaped after normalising, so that they match literally. */
function escaped(text: string) {
  return sql`replace(replace(replace(search_text(${text}), '\\', '\\\\'), '%', '\\%'), '_', '\\_')`;
}

function startsWith(column: RawBuilder<unknown>, text: string) {
  return sql`${column} like ${escaped(text)} || '%' escape '\\'`;
}

function closeTo(column: RawBuilder<unknown>, text: string) {
  return sql`(${column} like '%' || ${escaped(text)} || '%' escape '\\' or search_text(${text}) <% ${column})`;
}

/** Whether a column matches: by prefix, or also by substring and trigram similarity when the text is long enough. */
function matches(column: RawBuilder<unknown>, text: string) {
  return text.length >= TRIGRAM_MIN_LENGTH
    ? sql`(${startsWith(column, text)} or ${closeTo(column, text)})`
    : startsWith(column, text);
}

/** 0 exact, 1 prefix, 2 a later word starts with the text, 3 a substring or close spelling. */
function rank(column: RawBuilder<unknown>, text: string) {
  return sql`case when ${column} = search_text(${text}) then 0
                  when ${startsWith(column, text)} then 1
                  when ${column} like '% ' || ${escaped(text)} || '%' escape '\\' then 2
                  else 3 end`;
}

/**
 * Best match first: by rank; among substrings and close spellings the closest first; then the most used.
 * (Similarity says little about names that all start with what was typed: popularity ranks those.)
 */
function bestFirst(column: RawBuilder<unknown>, text: string, popularity: RawBuilder<unknown>) {
  return sql`${rank(column, text)},
    case when ${rank(column, text)} = 3 then word_similarity(search_text(${text}), ${column}) else 0 end desc,
    ${popularity} desc`;
}

export interface ToolSearchRow {
  slug: string;
  name: string;
  logoUrl: string | null;
  tagline: string;
  functionSlug: string;
  functionName: string;
}

/** The tool half of autocomplete, as a query (tests EXPLAIN it to prove the prefix index serves it). */
export function toolSearchQuery(text: string, limit: number): RawBuilder<ToolSearchRow> {
  const name = sql`search_text(t.name)`;
  return sql<ToolSearchRow>`
    select t.slug, t.name, t.logo_url as "logoUrl", t.tagline, f.slug as "functionSlug", f.name as "functionName"
    from tools t join functions f on f.id = t.function_id
    where ${matches(name, text)}
    order by ${bestFirst(name, text, sql`t.stacks_count`)}, t.id
    limit ${limit}`;
}

export async function searchTools(db: Kysely<Database>, text: string, limit: number): Promise<ToolSearchRow[]> {
  return (await toolSearchQuery(text, limit).execute(db)).rows;
}

export interface StackSearchRow {
  slug: string;
  name: string;
  owner: string;
}

/** Stacks anyone may see, through their partial indexes (`where visible`). */
export async function searchStacks(db: Kysely<Database>, text: string, limit: number): Promise<StackSearchRow[]> {
  const name = sql`search_text(s.name)`;
  const { rows } = await sql<StackSearchRow>`
    select s.slug, s.name, u.username as owner
    from stacks s join users u on u.id = s.owner_id
    where ${visibleTo(ANYONE, 'stack', 's')} and ${matches(name, text)}
    order by ${bestFirst(name, text, sql`s.followers_count`)}, s.id
    limit ${limit}`.execute(db);
  return rows;
}

export interface UserSearchRow {
  username: string;
  displayName: string | null;
  avatarUrl: string | null;
}

/** People by username or display name; suspended accounts are not offered. */
export async function searchUsers(db: Kysely<Database>, text: string, limit: number): Promise<UserSearchRow[]> {
  const username = sql`search_text(u.username)`;
  const displayName = sql`search_text(u.display_name)`;
  // The same expression as users_search_trgm_idx, so that the trigram index serves it.
  const both = sql`(search_text(u.username) || ' ' || coalesce(search_text(u.display_name), ''))`;
  const where =
    text.length >= TRIGRAM_MIN_LENGTH
      ? sql`(${startsWith(username, text)} or ${startsWith(displayName, text)} or ${closeTo(both, text)})`
      : sql`(${startsWith(username, text)} or ${startsWith(displayName, text)})`;
  const bestUser = sql`least(${rank(username, text)}, ${rank(displayName, text)}, ${rank(both, text)})`;
  const { rows } = await sql<UserSearchRow>`
    select u.username, u.display_name as "displayName", u.avatar_url as "avatarUrl"
    from users u
    where u.suspended_at is null and ${where}
    order by ${bestUser}, case when ${bestUser} = 3 then word_similarity(search_text(${text}), ${both}) else 0 end desc,
             u.followers_count desc, u.id
    limit ${limit}`.execute(db);
  return rows;
}
