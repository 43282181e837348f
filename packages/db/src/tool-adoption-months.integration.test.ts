import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCounterDrift, rebuildDerivedTable, recountCounters } from './counters.js';
import type { DatabaseHandle } from './database.js';
import type { Database } from './schema.js';
import { createTestDatabase } from './testing/index.js';

/** What findCounterDrift finds wrong with tool_adoption_months. */
async function monthDrift(db: Kysely<Database>) {
  return (await findCounterDrift(db)).filter((drift) => drift.counter === 'tool_adoption_months.stacks_added');
}

/** A tool's months as tool_adoption_months holds them: "YYYY-MM" -> stacks added. */
async function monthsOf(db: Kysely<Database>, toolId: number): Promise<Record<string, number>> {
  const { rows } = await sql<{ month: string; stacks: number }>`
    select to_char(month, 'YYYY-MM') as month, stacks_added as stacks from tool_adoption_months where tool_id = ${toolId} order by month`.execute(db);
  return Object.fromEntries(rows.map((row) => [row.month, row.stacks]));
}

describe('tool adoption months, kept by stack_tools triggers', () => {
  let database: DatabaseHandle;
  let db: Kysely<Database>;
  let tool: number;
  let stacks: number[];

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    // A tool that no seeded stack uses, and three new stacks.
    const unused = await sql<{ id: number }>`
      select t.id from tools t where not exists (select 1 from stack_tools st where st.tool_id = t.id) order by t.id limit 1`.execute(db);
    tool = Number(unused.rows[0]!.id);
    const owner = await db.selectFrom('users').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow();
    const rows = await db
      .insertInto('stacks')
      .values([1, 2, 3].map((n) => ({ owner_id: owner.id, slug: `months-test-${n}`, name: `Months test ${n}`, description: '' })))
      .returning('id')
      .execute();
    stacks = rows.map((row) => Number(row.id));
  });

  afterAll(async () => {
    await database?.close();
  });

  it('hold what the seeded stacks added', async () => {
    expect(await monthDrift(db)).toEqual([]);
  });

  it('count each stack in the UTC month it added the tool, one statement or several, and forget it when it removes the tool', async () => {
    const [first, second, third] = stacks as [number, number, number];
    await db
      .insertInto('stack_tools')
      .values([
        { stack_id: first, tool_id: tool, created_at: new Date('2026-03-31T23:30:00Z') },
        { stack_id: second, tool_id: tool, created_at: new Date('2026-03-01T00:00:00Z') },
      ])
      .execute();
    // 00:30 on 1 April in UTC is still March further west: the month is UTC's.
    await db.insertInto('stack_tools').values({ stack_id: third, tool_id: tool, created_at: new Date('2026-04-01T00:30:00Z') }).execute();
    expect(await monthsOf(db, tool)).toEqual({ '2026-03': 2, '2026-04': 1 });

    await db.deleteFrom('stack_tools').where('tool_id', '=', tool).where('stack_id', 'in', [first, third]).execute();
    expect(await monthsOf(db, tool)).toEqual({ '2026-03': 1 });
    await db.deleteFrom('stacks').where('id', '=', second).execute();
    expect(await monthsOf(db, tool)).toEqual({});
    expect(await monthDrift(db)).toEqual([]);
  });

  it('refuses to move when a stack added a tool, which would leave its month behind', async () => {
    const [first] = stacks as [number];
    await db.insertInto('stack_tools').values({ stack_id: first, tool_id: tool, created_at: new Date('2026-05-10T12:00:00Z') }).execute();
    await expect(
      db.updateTable('stack_tools').set({ created_at: new Date('2026-01-10T12:00:00Z') }).where('stack_id', '=', first).where('tool_id', '=', tool).execute(),
    ).rejects.toThrow(/remove the row and add it again/);
    await db.updateTable('stack_tools').set({ note: 'still here' }).where('stack_id', '=', first).where('tool_id', '=', tool).execute();
    expect(await monthsOf(db, tool)).toEqual({ '2026-05': 1 });
  });

  it('are found drifted when written behind the triggers, and rebuilt by a recount', async () => {
    await sql`update tool_adoption_months set stacks_added = stacks_added + 5 where tool_id = ${tool}`.execute(db);
    await sql`delete from tool_adoption_months where tool_id <> ${tool} and month = (select min(month) from tool_adoption_months)`.execute(db);
    const drift = await monthDrift(db);
    expect(drift).toContainEqual({ counter: 'tool_adoption_months.stacks_added', id: tool, cached: 6, actual: 1 });
    expect(drift.some((row) => row.id !== tool && row.cached === 0 && row.actual > 0)).toBe(true);
    expect(await recountCounters(db)).toBeGreaterThan(0);
    expect(await monthDrift(db)).toEqual([]);
    await sql`delete from tool_adoption_months`.execute(db);
    await rebuildDerivedTable(db, 'tool_adoption_months');
    expect(await monthDrift(db)).toEqual([]);
    expect(await monthsOf(db, tool)).toEqual({ '2026-05': 1 });
  });
});
