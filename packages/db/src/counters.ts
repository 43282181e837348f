import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/** Whether the user `column` names is suspended. */
const suspended = (column: string) => `exists (select 1 from users u where u.id = ${column} and u.suspended_at is not null)`;

/**
 * Every cached counter and the query that counts what it caches, and every stored visibility fact and the
 * query that derives it. The repositories keep them equal in the transaction of each change; this list is
 * the proof (tests) and the repair (seeding, operators), in dependency order: who is suspended decides
 * what is visible, which decides what the events show and what the votes count.
 *
 * A vote counts when its voter is not suspended; a tool's votes are the counted votes on its visible
 * reasons. Content is visible when no moderator hid it and its author is not suspended (a pro or con whose
 * suspended author deleted the account stays as the suspension left it); an event is visible when its
 * actor is not suspended and everything it names is visible. Flags are compared as 0 and 1.
 */
const counters: ReadonlyArray<{ name: string; table: string; column: string; count: string; id?: string }> = [
  {
    name: 'stacks.author_suspended',
    table: 'stacks',
    column: 'author_suspended',
    count: suspended('t.owner_id'),
  },
  {
    name: 'reasons.author_suspended',
    table: 'reasons',
    column: 'author_suspended',
    count: `case when t.author_id is null then t.author_suspended else ${suspended('t.author_id')} end`,
  },
  {
    name: 'decisions.author_suspended',
    table: 'decisions',
    column: 'author_suspended',
    count: suspended('t.author_id'),
  },
  {
    name: 'events.visible',
    table: 'events',
    column: 'visible',
    count: `not ${suspended('t.actor_id')}
            and coalesce((select s.visible from stacks s where s.id = t.stack_id), true)
            and coalesce((select d.visible from decisions d where d.id = t.decision_id), true)
            and coalesce((select r.visible from reasons r where r.id = t.reason_id), true)`,
  },
  {
    name: 'event_tools.visible',
    table: 'event_tools',
    column: 'visible',
    id: 'event_id',
    count: `select e.visible from events e where e.id = t.event_id`,
  },
  {
    name: 'functions.tools_count',
    table: 'functions',
    column: 'tools_count',
    count: `select count(*) from tools x where x.function_id = t.id`,
  },
  {
    name: 'tools.stacks_count',
    table: 'tools',
    column: 'stacks_count',
    count: `select count(*) from stack_tools s where s.tool_id = t.id`,
  },
  {
    name: 'tools.detected_stacks_count',
    table: 'tools',
    column: 'detected_stacks_count',
    count: `select count(*) from stack_tools s where s.tool_id = t.id and s.source = 'detected'`,
  },
  {
    name: 'tools.followers_count',
    table: 'tools',
    column: 'followers_count',
    count: `select count(*) from follows f where f.tool_id = t.id`,
  },
  {
    name: 'tools.votes_count',
    table: 'tools',
    column: 'votes_count',
    count: `select count(*) from reasons r join reason_votes v on v.reason_id = r.id join users u on u.id = v.user_id
            where r.tool_id = t.id and r.visible and u.suspended_at is null`,
  },
  {
    name: 'reasons.votes_count',
    table: 'reasons',
    column: 'votes_count',
    count: `select count(*) from reason_votes v join users u on u.id = v.user_id
            where v.reason_id = t.id and u.suspended_at is null`,
  },
  {
    name: 'decisions.votes_count',
    table: 'decisions',
    column: 'votes_count',
    count: `select count(*) from decision_votes v join users u on u.id = v.user_id
            where v.decision_id = t.id and u.suspended_at is null`,
  },
  {
    name: 'stacks.followers_count',
    table: 'stacks',
    column: 'followers_count',
    count: `select count(*) from follows f where f.stack_id = t.id`,
  },
  {
    name: 'stacks.tools_count',
    table: 'stacks',
    column: 'tools_count',
    count: `select count(*) from stack_tools s where s.stack_id = t.id`,
  },
  {
    name: 'users.followers_count',
    table: 'users',
    column: 'followers_count',
    count: `select count(*) from follows f where f.followee_id = t.id`,
  },
];

export interface CounterDrift {
  counter: string;
  id: number;
  cached: number;
  actual: number;
}

/** For each ordered pair of tools in one stack, how many stacks hold both: what tool_pairs keeps. */
const pairsHeld = `select a.tool_id as tool_id, b.tool_id as other_tool_id, count(*)::int as stacks_count
  from stack_tools a join stack_tools b on b.stack_id = a.stack_id and b.tool_id <> a.tool_id
  group by a.tool_id, b.tool_id`;

/**
 * Pairs of tools whose stored count (tool_pairs, kept by triggers) differs from the stacks that hold both,
 * a pair missing on either side included; `id` is the first tool of the pair.
 */
async function findPairDrift(db: Kysely<Database>): Promise<CounterDrift[]> {
  const { rows } = await sql<{ id: number; cached: number; actual: number }>`
    select coalesce(p.tool_id, c.tool_id) as id, coalesce(p.stacks_count, 0) as cached, coalesce(c.stacks_count, 0) as actual
    from tool_pairs p full join (${sql.raw(pairsHeld)}) c on c.tool_id = p.tool_id and c.other_tool_id = p.other_tool_id
    where coalesce(p.stacks_count, 0) <> coalesce(c.stacks_count, 0)
    order by 1`.execute(db);
  return rows.map((row) => ({ counter: 'tool_pairs.stacks_count', ...row }));
}

/**
 * Rows whose cached counter differs from the count of what it counts (empty when all is well), in the list's
 * order. `concurrency` checks that many counters at once, each on a connection of the pool (for large
 * databases; the default is one at a time).
 */
export async function findCounterDrift(db: Kysely<Database>, options: { concurrency?: number } = {}): Promise<CounterDrift[]> {
  const found = new Map<string, CounterDrift[]>();
  const queue = [...counters];
  const check = async () => {
    for (let counter = queue.shift(); counter; counter = queue.shift()) {
      const { rows } = await sql<{ id: number; cached: number; actual: number }>`
        select id, cached, actual from (
          select t.${sql.raw(counter.id ?? 'id')} as id, (t.${sql.raw(counter.column)})::int as cached, (${sql.raw(counter.count)})::int as actual
          from ${sql.table(counter.table)} t
        ) c
        where cached <> actual
        order by id`.execute(db);
      found.set(counter.name, rows.map((row) => ({ counter: counter.name, ...row })));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, check));
  return [...(await findPairDrift(db)), ...counters.flatMap((counter) => found.get(counter.name) ?? [])];
}

/** Sets every counter to its count, touching only rows that differ; returns how many rows changed. */
export async function recountCounters(db: Kysely<Database>): Promise<number> {
  let changed = 0;
  for (const counter of counters) {
    const result = await sql`
      update ${sql.table(counter.table)} t
      set ${sql.raw(counter.column)} = (${sql.raw(counter.count)})
      where t.${sql.raw(counter.column)} <> (${sql.raw(counter.count)})`.execute(db);
    changed += Number(result.numAffectedRows ?? 0);
  }
  const pairs = await findPairDrift(db);
  if (pairs.length > 0) {
    await rebuildToolPairs(db);
    changed += pairs.length;
  }
  return changed;
}

/** Recounts tool_pairs from stack_tools in one pass, in one transaction (a repair: see recountCounters). */
export async function rebuildToolPairs(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`delete from tool_pairs`.execute(trx);
    await insertToolPairs(trx);
  });
}

/** Writes every pair the stacks hold into an empty tool_pairs (a bulk load, whose triggers were off). */
export async function insertToolPairs(db: Kysely<Database>): Promise<void> {
  await sql`insert into tool_pairs (tool_id, other_tool_id, stacks_count) ${sql.raw(pairsHeld)}`.execute(db);
}
