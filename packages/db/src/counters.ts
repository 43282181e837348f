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

/**
 * Columns that hold, sorted, the ids a link table names for their row, kept by triggers (see their
 * migration); `held` is the array they should hold. Drift reports the two arrays' sizes as cached and actual.
 */
const storedSets: ReadonlyArray<{ name: string; table: string; column: string; held: string }> = [
  {
    name: 'stacks.tool_ids',
    table: 'stacks',
    column: 'tool_ids',
    held: `select coalesce(array_agg(s.tool_id order by s.tool_id), '{}') from stack_tools s where s.stack_id = t.id`,
  },
];

export interface CounterDrift {
  counter: string;
  id: number;
  cached: number;
  actual: number;
}

/**
 * Tables that stack_tools' triggers keep (see their migrations): each row a count of stack_tools rows,
 * `held` what it should be, computed from stack_tools in one pass. Checked with the counters, rebuilt by
 * recountCounters when they drifted, and filled by a bulk load, whose triggers were off.
 */
interface DerivedTable {
  table: 'tool_pairs' | 'tool_adoption_months';
  /** Its primary key, the first column a tool id (the drift's `id`). */
  keys: [string, string];
  column: string;
  held: string;
}

const derivedTables: DerivedTable[] = [
  {
    // For each ordered pair of tools in one stack, how many stacks hold both.
    table: 'tool_pairs',
    keys: ['tool_id', 'other_tool_id'],
    column: 'stacks_count',
    held: `select a.tool_id as tool_id, b.tool_id as other_tool_id, count(*)::int as stacks_count
      from stack_tools a join stack_tools b on b.stack_id = a.stack_id and b.tool_id <> a.tool_id
      group by a.tool_id, b.tool_id`,
  },
  {
    // For each tool and month (UTC), how many of today's stacks added it then.
    table: 'tool_adoption_months',
    keys: ['tool_id', 'month'],
    column: 'stacks_added',
    held: `select tool_id, date_trunc('month', created_at at time zone 'UTC')::date as month, count(*)::int as stacks_added
      from stack_tools group by 1, 2`,
  },
];

/** Rows of a derived table whose stored count differs from what stack_tools holds, a row missing on either side included. */
async function findDerivedDrift(db: Kysely<Database>, derived: DerivedTable): Promise<CounterDrift[]> {
  const [first, second] = derived.keys.map((key) => sql.raw(key));
  const column = sql.raw(derived.column);
  const { rows } = await sql<{ id: number; cached: number; actual: number }>`
    select coalesce(p.${first}, c.${first}) as id, coalesce(p.${column}, 0) as cached, coalesce(c.${column}, 0) as actual
    from ${sql.table(derived.table)} p full join (${sql.raw(derived.held)}) c on c.${first} = p.${first} and c.${second} = p.${second}
    where coalesce(p.${column}, 0) <> coalesce(c.${column}, 0)
    order by 1`.execute(db);
  return rows.map((row) => ({ counter: `${derived.table}.${derived.column}`, ...row }));
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
  const derived: CounterDrift[] = [];
  for (const table of derivedTables) derived.push(...(await findDerivedDrift(db, table)));
  for (const set of storedSets) {
    const { rows } = await sql<{ id: number; cached: number; actual: number }>`
      select t.id, cardinality(t.${sql.raw(set.column)}) as cached, cardinality((${sql.raw(set.held)})) as actual
      from ${sql.table(set.table)} t
      where t.${sql.raw(set.column)} is distinct from (${sql.raw(set.held)})
      order by t.id`.execute(db);
    derived.push(...rows.map((row) => ({ counter: set.name, ...row })));
  }
  return [...derived, ...counters.flatMap((counter) => found.get(counter.name) ?? [])];
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
  for (const set of storedSets) {
    const result = await sql`
      update ${sql.table(set.table)} t set ${sql.raw(set.column)} = (${sql.raw(set.held)})
      where t.${sql.raw(set.column)} is distinct from (${sql.raw(set.held)})`.execute(db);
    changed += Number(result.numAffectedRows ?? 0);
  }
  for (const derived of derivedTables) {
    const drift = await findDerivedDrift(db, derived);
    if (drift.length > 0) {
      await rebuildDerivedTable(db, derived.table);
      changed += drift.length;
    }
  }
  return changed;
}

/** Recounts a table that stack_tools' triggers keep, in one pass, in one transaction (a repair: see recountCounters). */
export async function rebuildDerivedTable(db: Kysely<Database>, table: DerivedTable['table']): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`delete from ${sql.table(table)}`.execute(trx);
    await insertDerivedTables(trx, [table]);
  });
}

/** Fills empty tables that stack_tools' triggers keep from what the stacks hold (a bulk load, whose triggers were off). */
export async function insertDerivedTables(db: Kysely<Database>, tables = derivedTables.map((derived) => derived.table)): Promise<void> {
  for (const derived of derivedTables.filter((candidate) => tables.includes(candidate.table))) {
    const columns = sql.raw([...derived.keys, derived.column].join(', '));
    await sql`insert into ${sql.table(derived.table)} (${columns}) ${sql.raw(derived.held)}`.execute(db);
  }
}
