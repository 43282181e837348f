/**
 * What the harness needs from the benchmark database, found by query so that any dataset works (the demo
 * community or the scale dataset): who to sign in as, which tools and reasons to ask for. Also the
 * sessions it opens for them and the cleanup of what its writes left behind.
 */
import type { Database } from '@stackyard/db';
import { sql, type Kysely } from 'kysely';
import { hashSecret } from '../src/auth/tokens.js';
import { startSession } from '../src/services/session-service.js';

export interface BenchUser {
  id: number;
  username: string;
}

export interface BenchTargets {
  /** The member who follows closest to 200 targets (the scale dataset has one), else the one who follows the most. */
  feedUser: BenchUser & { follows: number };
  /** The tool in the most stacks, and one in 1-5 (a long-tail page). */
  popularTool: { slug: string; stacks: number };
  rareTool: { slug: string; stacks: number };
  /** The three tools in the most stacks, in slug order (the comparison page's canonical order). */
  comparedTools: string[];
  /** Letters [a-z] from the name of a popular tool, at least 6 of them: search by 1, 3 and 6. */
  searchWord: string;
  /** The most voted visible pro or con, and many others to spread votes over. */
  hotReason: { id: number; votes: number };
  spreadReasons: number[];
  /** Distinct active members to vote and create stacks as (one per connection, so no vote repeats another's). */
  voters: BenchUser[];
  /** Tools for created stacks, the most used first: each stack takes a few of them in turn. */
  stackTools: string[];
}

const SPREAD_REASONS = 500;
/** The followed feed's row is "feed, 200 follows": the worst case the goals name. */
const FEED_FOLLOWS = 200;

async function one<T>(query: Promise<{ rows: T[] }>, what: string): Promise<T> {
  const { rows } = await query;
  if (!rows[0]) throw new Error(`The benchmark database has no ${what}: is it loaded?`);
  return rows[0];
}

/** Finds every target; throws naming what the dataset lacks. */
export async function findTargets(db: Kysely<Database>, voterCount: number): Promise<BenchTargets> {
  const feedUser = await one(
    sql<BenchUser & { follows: number }>`
      select u.id, u.username, count(*)::int as follows
      from follows f join users u on u.id = f.user_id
      where u.suspended_at is null
      group by u.id, u.username
      order by abs(count(*) - ${FEED_FOLLOWS}), follows desc, u.id
      limit 1`.execute(db),
    'member who follows anything',
  );
  const { rows: popular } = await sql<{ slug: string; name: string; stacks: number }>`
    select slug, name, stacks_count as stacks from tools order by stacks_count desc, id limit 100`.execute(db);
  if (popular.length < 3) throw new Error('The benchmark database has fewer than 3 tools: is it loaded?');
  const rareTool = await one(
    sql<{ slug: string; stacks: number }>`
      select slug, stacks_count as stacks from tools
      order by (stacks_count between 1 and 5) desc, stacks_count desc, id
      limit 1`.execute(db),
    'tool',
  );
  const word = popular.map((tool) => tool.name.toLowerCase().replace(/[^a-z]/g, '')).find((letters) => letters.length >= 6);
  const hotReason = await one(
    sql<{ id: number; votes: number }>`select id, votes_count as votes from reasons where visible order by votes_count desc, id limit 1`.execute(db),
    'visible pro or con',
  );
  const { rows: spread } = await sql<{ id: number }>`
    select id from reasons where visible and id <> ${hotReason.id} order by md5(id::text) limit ${SPREAD_REASONS}`.execute(db);
  const { rows: voters } = await sql<BenchUser>`
    select id, username from users where suspended_at is null and id <> ${feedUser.id} order by id limit ${voterCount}`.execute(db);
  if (voters.length < voterCount) throw new Error(`The benchmark database has ${voters.length} active members besides the feed's, ${voterCount} needed`);
  return {
    feedUser,
    popularTool: { slug: popular[0]!.slug, stacks: popular[0]!.stacks },
    rareTool,
    comparedTools: popular
      .slice(0, 3)
      .map((tool) => tool.slug)
      .sort(),
    searchWord: word ?? 'stackyard',
    hotReason,
    spreadReasons: spread.length > 0 ? spread.map((row) => row.id) : [hotReason.id],
    voters,
    stackTools: popular.map((tool) => tool.slug),
  };
}

const USER_AGENT = 'stackyard-bench';

/** A session for each user, as signing in makes one; returns their tokens in the same order. */
export async function openSessions(db: Kysely<Database>, users: readonly BenchUser[]): Promise<string[]> {
  const now = new Date();
  const tokens: string[] = [];
  for (const user of users) tokens.push((await startSession(db, user.id, now, { userAgent: USER_AGENT, ip: '127.0.0.1' })).token);
  return tokens;
}

/** Sessions an earlier run left open (it was interrupted): the harness's own, by their user agent. */
export async function closeLeftoverSessions(db: Kysely<Database>): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_agent', '=', USER_AGENT).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function closeSessions(db: Kysely<Database>, tokens: readonly string[]): Promise<void> {
  if (tokens.length === 0) return;
  await db
    .deleteFrom('sessions')
    .where(
      'id',
      'in',
      tokens.map((token) => hashSecret(token)),
    )
    .execute();
}

/**
 * Removes the stacks the stack-creation scenario made (their names start with the run's prefix; their
 * events, tools and follows go with them) and sets the counters they moved back to their counts.
 */
export async function removeCreatedStacks(db: Kysely<Database>, namePrefix: string): Promise<number> {
  const pattern = `${namePrefix.replace(/[\\%_]/g, '\\$&')}%`;
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ id: number }>`
      select distinct st.tool_id as id from stack_tools st join stacks s on s.id = st.stack_id where s.name like ${pattern}`.execute(trx);
    const result = await trx.deleteFrom('stacks').where('name', 'like', pattern).executeTakeFirst();
    const removed = Number(result.numDeletedRows);
    if (rows.length > 0) {
      // The counters a stack moves are its tools': set from their counts (findCounterDrift's definitions).
      await sql`
        update tools t set
          stacks_count = (select count(*) from stack_tools s where s.tool_id = t.id),
          detected_stacks_count = (select count(*) from stack_tools s where s.tool_id = t.id and s.source = 'detected')
        where t.id in (${sql.join(rows.map((row) => row.id))})`.execute(trx);
    }
    return removed;
  });
}

/** What the scenarios write: votes, stacks with their tools, links and events, sessions, comparison views. */
const WRITTEN_TABLES = ['reason_votes', 'reasons', 'stacks', 'stack_tools', 'tools', 'functions', 'tool_pairs', 'tool_adoption_months', 'events', 'event_tools', 'sessions', 'comparison_views'];

/**
 * VACUUM (ANALYZE) of the tables a run writes, so that each run measures the data as bench:data left it
 * rather than the dead rows of the runs before: after two runs `tools` held more dead rows than live
 * ones (each stack made and removed moves its tools' counters), and a new search was ten times slower.
 */
export async function vacuumWrittenTables(db: Kysely<Database>): Promise<void> {
  await sql`vacuum (analyze) ${sql.join(WRITTEN_TABLES.map((table) => sql.table(table)))}`.execute(db);
}
