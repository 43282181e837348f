import type { Database } from '@stackyard/db';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { ANYONE, visibleTo } from './visibility.js';

/**
 * Autocomplete. Every searched name keeps its search_text() form (lower case, accents removed; see the
 * search_columns migration) in a stored column with a text_pattern_ops index for prefixes and a trigram
 * index for substrings and misspellings; what was typed goes through search_text() once, which PostgreSQL
 * folds into a constant when it plans the query. From TRIGRAM_MIN_LENGTH characters on, substrings and
 * close spellings join in through the trigram indexes; before that a trigram has too little to match on.
 */
export const TRIGRAM_MIN_LENGTH = 3;

/** What was typed, normalised like the stored names. */
function typed(text: string) {
  return sql`search_text(${text})`;
}

/** The typed text as a LIKE pattern: wildcards escaped after normalising, so that they match literally. */
function escaped(text: string) {
  return sql`replace(replace(replace(${typed(text)}, '\\', '\\\\'), '%', '\\%'), '_', '\\_')`;
}

function startsWith(column: RawBuilder<unknown>, text: string) {
  return sql`${column} like ${escaped(text)} || '%' escape '\\'`;
}

function closeTo(column: RawBuilder<unknown>, text: string) {
  return sql`(${column} like '%' || ${escaped(text)} || '%' escape '\\' or ${typed(text)} <% ${column})`;
}

/** 0 exact, 1 prefix, 2 a later word starts with the text, 3 a substring or close spelling. */
function rank(column: RawBuilder<unknown>, text: string) {
  return sql`case when ${column} = ${typed(text)} then 0
                  when ${startsWith(column, text)} then 1
                  when ${column} like '% ' || ${escaped(text)} || '%' escape '\\' then 2
                  else 3 end`;
}

interface Candidates {
  /** The table with the alias `t`, e.g. `tools t`. */
  from: RawBuilder<unknown>;
  /** Which rows may be offered at all (visibility). */
  offered: RawBuilder<unknown>;
  /** The stored, normalised names a row is found by by prefix. */
  names: RawBuilder<unknown>[];
  /** The stored, trigram-indexed text substrings and close spellings are looked for in. */
  words: RawBuilder<unknown>;
  /** Most used first, ties broken as the table's popularity index orders them. */
  popularity: RawBuilder<unknown>;
}

/**
 * The best `limit` matches as (id, rank, closeness): rank 0 exact, 1 prefix, 2 a later word starts with
 * the text, 3 a substring or close spelling; closeness orders the substrings and close spellings. Each
 * row is ranked once, over its stored names. The caller orders by rank, closeness desc, popularity.
 *
 * The exact names and the prefix matches come first, in popularity order, from the prefix and popularity
 * indexes: an equality lookup, then the prefix matches walked along the popularity index or the prefix
 * index, whichever PostgreSQL estimates will reach `limit` rows sooner, stopping there. (Similarity says
 * little about names that all start with what was typed: popularity ranks those.)
 *
 * One or two letters stop there: a trigram has too little to match on. From three, later words,
 * substrings and close spellings rank after every prefix, so they are looked for only when the prefixes did
 * not fill the page. A common prefix ("rea", "pos") fills it, and then the trigram indexes are not touched
 * at all: otherwise every one of its thousands of substring matches would be read and its similarity
 * computed, only to be ranked after the prefixes.
 */
function bestMatches({ from, offered, names, words, popularity }: Candidates, text: string, limit: number): RawBuilder<unknown> {
  const any = (conditions: RawBuilder<unknown>[]) => sql`(${sql.join(conditions, sql` or `)})`;
  const prefixed = any(names.map((name) => startsWith(name, text)));
  const prefixes = sql`
    (select t.id from ${from} where ${offered} and ${any(names.map((name) => sql`${name} = ${typed(text)}`))}
     order by ${popularity} limit ${limit})
    union
    (select t.id from ${from} where ${offered} and ${prefixed} order by ${popularity} limit ${limit})`;
  if (text.length < TRIGRAM_MIN_LENGTH) {
    // An exact name is a prefix too: it can come from both walks, and keeps its better rank.
    const exact = any(names.map((name) => sql`${name} = ${typed(text)}`));
    return sql`
      select t.id, case when ${exact} then 0 else 1 end as rank, 0 as closeness
      from (${prefixes}) m join ${from} on t.id = m.id`;
  }
  const ranks = [...new Set([...names, words])].map((name) => rank(name, text));
  // The rest's condition names no row, so PostgreSQL checks it once, before reading any: when the
  // prefixes filled the page, the trigram indexes are never opened.
  return sql`
    with prefixes as (${prefixes}),
    rest as (
      select t.id from ${from}
      cross join lateral (select least(${sql.join(ranks)}) as rank) r
      where (select count(*) from prefixes) < ${limit}
        and ${offered} and not ${prefixed} and ${closeTo(words, text)}
      order by r.rank, case when r.rank = 3 then word_similarity(${typed(text)}, ${words}) else 0 end desc, ${popularity}
      limit ${limit}
    )
    select t.id, r.rank, case when r.rank = 3 then word_similarity(${typed(text)}, ${words}) else 0 end as closeness
    from ((select id from prefixes) union all (select id from rest)) m
    join ${from} on t.id = m.id
    cross join lateral (select least(${sql.join(ranks)}) as rank) r`;
}

export interface ToolSearchRow {
  slug: string;
  name: string;
  logoUrl: string | null;
  tagline: string;
  functionSlug: string;
  functionName: string;
}

const toolPopularity = sql`t.stacks_count desc, t.id desc`;

/** The tool half of autocomplete, as a query (tests EXPLAIN it to prove the indexes serve it). */
export function toolSearchQuery(text: string, limit: number): RawBuilder<ToolSearchRow> {
  const name = sql`t.search_name`;
  const matches = bestMatches({ from: sql`tools t`, offered: sql`true`, names: [name], words: name, popularity: toolPopularity }, text, limit);
  return sql<ToolSearchRow>`
    select t.slug, t.name, t.logo_url as "logoUrl", t.tagline, f.slug as "functionSlug", f.name as "functionName"
    from (${matches}) m join tools t on t.id = m.id join functions f on f.id = t.function_id
    order by m.rank, m.closeness desc, ${toolPopularity}
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

const stackPopularity = sql`t.followers_count desc, t.id desc`;

/** Stacks anyone may see, through their partial indexes (`where visible`). */
export async function searchStacks(db: Kysely<Database>, text: string, limit: number): Promise<StackSearchRow[]> {
  const name = sql`t.search_name`;
  const offered = visibleTo(ANYONE, 'stack', 't');
  const matches = bestMatches({ from: sql`stacks t`, offered, names: [name], words: name, popularity: stackPopularity }, text, limit);
  const { rows } = await sql<StackSearchRow>`
    select t.slug, t.name, u.username as owner
    from (${matches}) m join stacks t on t.id = m.id join users u on u.id = t.owner_id
    order by m.rank, m.closeness desc, ${stackPopularity}
    limit ${limit}`.execute(db);
  return rows;
}

export interface UserSearchRow {
  username: string;
  displayName: string | null;
  avatarUrl: string | null;
}

const userPopularity = sql`t.followers_count desc, t.id`;

/** People by username or display name; suspended accounts are not offered. */
export async function searchUsers(db: Kysely<Database>, text: string, limit: number): Promise<UserSearchRow[]> {
  const matches = bestMatches(
    {
      from: sql`users t`,
      offered: sql`t.suspended_at is null`,
      names: [sql`t.search_username`, sql`t.search_display_name`],
      words: sql`t.search_words`,
      popularity: userPopularity,
    },
    text,
    limit,
  );
  const { rows } = await sql<UserSearchRow>`
    select t.username, t.display_name as "displayName", t.avatar_url as "avatarUrl"
    from (${matches}) m join users t on t.id = m.id
    order by m.rank, m.closeness desc, ${userPopularity}
    limit ${limit}`.execute(db);
  return rows;
}
