import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../schema.js';

/**
 * The cached counters of counters.ts, recomputed for a whole table at once: each is one
 * `UPDATE ... FROM (SELECT key, count(*) ... GROUP BY key)`, joined to every row of the table so that a
 * row nothing counts is set to zero too. The counts follow counters.ts exactly (a vote counts when its
 * voter is not suspended; a tool's votes are those on its visible pros and cons); findCounterDrift()
 * proves them equal afterwards.
 */
const counts: ReadonlyArray<{ table: string; column: string; counted: RawBuilder<unknown>; none?: RawBuilder<unknown> }> = [
  { table: 'functions', column: 'tools_count', counted: sql`select function_id as key, count(*) as n from tools group by function_id` },
  { table: 'tools', column: 'stacks_count', counted: sql`select tool_id as key, count(*) as n from stack_tools group by tool_id` },
  {
    table: 'tools',
    column: 'detected_stacks_count',
    counted: sql`select tool_id as key, count(*) as n from stack_tools where source = 'detected' group by tool_id`,
  },
  {
    table: 'tools',
    column: 'followers_count',
    counted: sql`select tool_id as key, count(*) as n from follows where tool_id is not null group by tool_id`,
  },
  {
    table: 'tools',
    column: 'votes_count',
    counted: sql`select r.tool_id as key, count(*) as n
                 from reason_votes v join reasons r on r.id = v.reason_id join users u on u.id = v.user_id
                 where r.visible and u.suspended_at is null group by r.tool_id`,
  },
  {
    table: 'reasons',
    column: 'votes_count',
    counted: sql`select v.reason_id as key, count(*) as n from reason_votes v join users u on u.id = v.user_id
                 where u.suspended_at is null group by v.reason_id`,
  },
  {
    table: 'decisions',
    column: 'votes_count',
    counted: sql`select v.decision_id as key, count(*) as n from decision_votes v join users u on u.id = v.user_id
                 where u.suspended_at is null group by v.decision_id`,
  },
  {
    table: 'stacks',
    column: 'followers_count',
    counted: sql`select stack_id as key, count(*) as n from follows where stack_id is not null group by stack_id`,
  },
  { table: 'stacks', column: 'tools_count', counted: sql`select stack_id as key, count(*) as n from stack_tools group by stack_id` },
  // Not a count: the stored set of a stack's tools (counters.ts' storedSets), whose triggers were off too.
  {
    table: 'stacks',
    column: 'tool_ids',
    counted: sql`select stack_id as key, array_agg(tool_id order by tool_id) as n from stack_tools group by stack_id`,
    none: sql`'{}'::bigint[]`,
  },
  {
    table: 'users',
    column: 'followers_count',
    counted: sql`select followee_id as key, count(*) as n from follows where followee_id is not null group by followee_id`,
  },
];

/**
 * Recomputes every counter, one statement each, over `lanes` connections: a table's counters stay in one
 * lane (two updates of the same rows would only wait for each other). Calls `done` with each counter's
 * name, the rows it changed and its seconds.
 */
export async function recountScaleCounters(
  db: Kysely<Database>,
  lanes: number,
  done: (counter: string, changed: number, seconds: number) => void,
): Promise<void> {
  const tables = [...new Set(counts.map((count) => count.table))];
  const queue = tables.map((table) => counts.filter((count) => count.table === table));
  const lane = async () => {
    for (let table = queue.shift(); table; table = queue.shift()) {
      for (const { table: name, column, counted, none = sql`0` } of table) {
        const started = performance.now();
        const result = await sql`
          update ${sql.table(name)} t set ${sql.ref(column)} = coalesce(c.n, ${none})
          from ${sql.table(name)} every_row left join (${counted}) c on c.key = every_row.id
          where every_row.id = t.id and t.${sql.ref(column)} is distinct from coalesce(c.n, ${none})`.execute(db);
        done(`${name}.${column}`, Number(result.numAffectedRows ?? 0), (performance.now() - started) / 1000);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, lanes) }, lane));
}
