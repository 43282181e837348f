import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * Every cached counter and the query that counts what it caches. The repositories keep the counters equal
 * in the transaction of each change; this list is the proof (tests) and the repair (seeding, operators).
 *
 * A vote counts when its voter is not suspended; a tool's votes are the counted votes on its visible reasons.
 */
const counters = [
  {
    name: 'tools.stacks_count',
    table: 'tools',
    column: 'stacks_count',
    count: `select count(*) from stack_tools s where s.tool_id = t.id`,
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
            where r.tool_id = t.id and not r.hidden and u.suspended_at is null`,
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
] as const;

export interface CounterDrift {
  counter: string;
  id: number;
  cached: number;
  actual: number;
}

/** Rows whose cached counter differs from the count of what it counts (empty when all is well). */
export async function findCounterDrift(db: Kysely<Database>): Promise<CounterDrift[]> {
  const drift: CounterDrift[] = [];
  for (const counter of counters) {
    const { rows } = await sql<{ id: number; cached: number; actual: number }>`
      select id, cached, actual from (
        select t.id, t.${sql.raw(counter.column)} as cached, (${sql.raw(counter.count)})::int as actual
        from ${sql.table(counter.table)} t
      ) c
      where cached <> actual
      order by id`.execute(db);
    drift.push(...rows.map((row) => ({ counter: counter.name, ...row })));
  }
  return drift;
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
  return changed;
}
