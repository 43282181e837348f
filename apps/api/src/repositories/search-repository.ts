import { withKeptPlans, type Database } from '@stackyard/db';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { ANYONE, visibleTo } from './visibility.js';

/**
 * Autocomplete. Every searched name keeps its search_text() form (lower case, accents removed; see the
 * search_columns migration) in a stored column with a text_pattern_ops index for prefixes and a trigram
 * index for substrings and misspellings. From TRIGRAM_MIN_LENGTH characters on, substrings and close
 * spellings join in through the trigram indexes; before that a trigram has too little to match on.
 *
 * Each statement is written so that one plan serves every text (run with kept plans; see withKeptPlans):
 * what was typed is one parameter, normalised once in the `typed` row, which the conditions read as values
 * fixed before the scan; a prefix is a range of the index (`>= text and < text || U+10FFFF`) rather than a
 * LIKE pattern, which only a plan made for one text could turn into a range.
 */
export const TRIGRAM_MIN_LENGTH = 3;

/** The highest code point: every name that starts with a text sorts below the text followed by it. */
const ABOVE = sql`chr(1114111)`;

/** The typed text normalised like the stored names, as a LIKE pattern (wildcards escaped) and as a range's upper end. */
function typedRow(text: string) {
  return sql`
    select v.text, replace(replace(replace(v.text, '\\', '\\\\'), '%', '\\%'), '_', '\\_') as pattern, v.text || ${ABOVE} as above
    from (select search_text(${text}) as text) v`;
}

/** One of the typed row's values, read once before the scan (an index can look it up). */
const typedValue = (column: 'text' | 'pattern' | 'above') => sql`(select ${sql.ref(column)} from typed)`;

function startsWith(column: RawBuilder<unknown>, text: RawBuilder<unknown>, above: RawBuilder<unknown>) {
  return sql`(${column} ~>=~ ${text} and ${column} ~<~ ${above})`;
}

/** 0 exact, 1 prefix, 2 a later word starts with the text, 3 a substring or close spelling; over the `typed` row `q`. */
function rank(column: RawBuilder<unknown>) {
  return sql`case when ${column} = q.text then 0
                  when ${startsWith(column, sql`q.text`, sql`q.above`)} then 1
                  when ${column} like '% ' || q.pattern || '%' then 2
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
 * The best `limit` matches as (id, rank, closeness), after a `typed` row in the same statement: rank 0
 * exact, 1 prefix, 2 a later word starts with the text, 3 a substring or close spelling; closeness orders
 * the substrings and close spellings. The caller orders by rank, closeness desc, popularity.
 *
 * The exact names and the prefix matches come first, in popularity order, from the prefix and popularity
 * indexes: an equality lookup, then the prefix matches walked along the popularity index or the prefix
 * index, stopping at `limit` rows. (Similarity says little about names that all start with what was typed:
 * popularity ranks those.)
 *
 * One or two letters stop there: a trigram has too little to match on. From three, later words,
 * substrings and close spellings rank after every prefix, so they are looked for only when the prefixes did
 * not fill the page. A common prefix ("rea", "pos") fills it, and then the trigram indexes are not touched
 * at all: otherwise every one of its thousands of substring matches would be read and its similarity
 * computed, only to be ranked after the prefixes. When they did not fill it, they are every prefix match
 * there is, so the rest leaves out what they found.
 */
function bestMatches({ from, offered, names, words, popularity }: Candidates, text: string, limit: number): RawBuilder<unknown> {
  const any = (conditions: RawBuilder<unknown>[]) => sql`(${sql.join(conditions, sql` or `)})`;
  const exact = (typedText: RawBuilder<unknown>) => any(names.map((name) => sql`${name} = ${typedText}`));
  const prefixes = sql`
    (select t.id from ${from} where ${offered} and ${exact(typedValue('text'))} order by ${popularity} limit ${limit})
    union
    (select t.id from ${from} where ${offered} and ${any(names.map((name) => startsWith(name, typedValue('text'), typedValue('above'))))}
     order by ${popularity} limit ${limit})`;
  if (text.length < TRIGRAM_MIN_LENGTH) {
    // An exact name is a prefix too: it can come from both walks, and keeps its better rank.
    return sql`
      with typed as materialized (${typedRow(text)}), prefixes as (${prefixes})
      select t.id, case when ${exact(sql`q.text`)} then 0 else 1 end as rank, 0 as closeness
      from prefixes m join ${from} on t.id = m.id cross join typed q`;
  }
  const least = sql`least(${sql.join([...new Set([...names, words])].map((name) => rank(name)))})`;
  const closeness = sql`case when r.rank = 3 then word_similarity(q.text, ${words}) else 0 end`;
  // The rest's first condition names no row, so PostgreSQL checks it once, before reading any: when the
  // prefixes filled the page, the trigram indexes are never opened.
  return sql`
    with typed as materialized (${typedRow(text)}),
    prefixes as (${prefixes}),
    rest as (
      select t.id from ${from}
      cross join typed q
      cross join lateral (select ${least} as rank) r
      where (select count(*) from prefixes) < ${limit}
        and ${offered}
        and (${words} like '%' || ${typedValue('pattern')} || '%' or ${typedValue('text')} <% ${words})
        and not exists (select from prefixes p where p.id = t.id)
      order by r.rank, ${closeness} desc, ${popularity}
      limit ${limit}
    )
    select t.id, r.rank, ${closeness} as closeness
    from ((select id from prefixes) union all (select id from rest)) m
    join ${from} on t.id = m.id
    cross join typed q
    cross join lateral (select ${least} as rank) r`;
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

async function searchTools(db: Kysely<Database>, text: string, limit: number): Promise<ToolSearchRow[]> {
  return (await toolSearchQuery(text, limit).execute(db)).rows;
}

export interface StackSearchRow {
  slug: string;
  name: string;
  owner: string;
}

const stackPopularity = sql`t.followers_count desc, t.id desc`;

/** Stacks anyone may see, through their partial indexes (`where visible`). */
async function searchStacks(db: Kysely<Database>, text: string, limit: number): Promise<StackSearchRow[]> {
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
async function searchUsers(db: Kysely<Database>, text: string, limit: number): Promise<UserSearchRow[]> {
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

export interface SearchRows {
  tools: ToolSearchRow[];
  stacks: StackSearchRow[];
  users: UserSearchRow[];
}

/**
 * Tools, stacks and people for one typed text, in turn on one connection with kept plans: each statement is
 * planned once per connection, not once per text.
 */
export async function searchEverything(db: Kysely<Database>, text: string, limit: number): Promise<SearchRows> {
  return withKeptPlans(db, async (connection) => ({
    tools: await searchTools(connection, text, limit),
    stacks: await searchStacks(connection, text, limit),
    users: await searchUsers(connection, text, limit),
  }));
}
