import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCounterDrift, rebuildDerivedTable } from './counters.js';
import type { DatabaseHandle } from './database.js';
import type { Database } from './schema.js';
import { createTestDatabase } from './testing/index.js';

/** What findCounterDrift finds wrong with tool_pairs (the rows here are written directly, so the repositories' counters are not kept). */
async function pairDrift(db: Kysely<Database>) {
  return (await findCounterDrift(db)).filter((drift) => drift.counter === 'tool_pairs.stacks_count');
}

/** How many stacks tool_pairs says use both tools, asked both ways round. */
async function pairCount(db: Kysely<Database>, a: number, b: number): Promise<[number, number]> {
  const { rows } = await sql<{ ab: number | null; ba: number | null }>`
    select (select stacks_count from tool_pairs where tool_id = ${a} and other_tool_id = ${b}) as ab,
           (select stacks_count from tool_pairs where tool_id = ${b} and other_tool_id = ${a}) as ba`.execute(db);
  return [rows[0]?.ab ?? 0, rows[0]?.ba ?? 0];
}

describe('tool pairs, kept by stack_tools triggers', () => {
  let database: DatabaseHandle;
  let db: Kysely<Database>;
  let tools: number[];
  let stackId: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    // Four tools no seeded stack uses together with each other.
    const rows = await db.selectFrom('tools').select('id').orderBy('stacks_count').orderBy('id').limit(4).execute();
    tools = rows.map((row) => Number(row.id));
    const owner = await db.selectFrom('users').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow();
    const stack = await db
      .insertInto('stacks')
      .values({ owner_id: owner.id, slug: 'pairs-test', name: 'Pairs test', description: '' })
      .returning('id')
      .executeTakeFirstOrThrow();
    stackId = Number(stack.id);
  });

  afterAll(async () => {
    await database?.close();
  });

  const add = (...toolIds: number[]) =>
    db
      .insertInto('stack_tools')
      .values(toolIds.map((toolId) => ({ stack_id: stackId, tool_id: toolId })))
      .execute();

  it('hold what the seeded stacks use', async () => {
    expect(await pairDrift(db)).toEqual([]);
  });

  it('count a pair once per stack when one statement adds both tools, and each added tool with those already there', async () => {
    const [a, b, c] = tools as [number, number, number];
    const before = await pairCount(db, a, b);
    await add(a, b);
    expect(await pairCount(db, a, b)).toEqual([before[0] + 1, before[1] + 1]);
    await add(c);
    expect(await pairCount(db, a, c)).toEqual([1, 1]);
    expect(await pairCount(db, b, c)).toEqual([1, 1]);
    expect(await pairDrift(db)).toEqual([]);
  });

  it('forget a pair when one statement removes both tools, or a tool leaves a stack', async () => {
    const [a, b, c, d] = tools as [number, number, number, number];
    await add(d);
    await db.deleteFrom('stack_tools').where('stack_id', '=', stackId).where('tool_id', 'in', [a, b]).execute();
    expect(await pairCount(db, a, b)).toEqual([0, 0]);
    expect(await pairCount(db, c, d)).toEqual([1, 1]);
    expect(await pairDrift(db)).toEqual([]);
    await db.deleteFrom('stack_tools').where('stack_id', '=', stackId).where('tool_id', '=', c).execute();
    expect(await pairCount(db, c, d)).toEqual([0, 0]);
    expect(await pairDrift(db)).toEqual([]);
  });

  it('forget the stack’s pairs when the stack is deleted', async () => {
    const [a, b] = tools as [number, number];
    await add(a, b);
    await db.deleteFrom('stacks').where('id', '=', stackId).execute();
    expect(await pairCount(db, a, b)).toEqual([0, 0]);
    expect(await pairDrift(db)).toEqual([]);
  });

  it('refuse to move a row to another tool, which would leave its pairs behind', async () => {
    const row = await db.selectFrom('stack_tools').select(['stack_id', 'tool_id']).limit(1).executeTakeFirstOrThrow();
    const other = await db.selectFrom('tools').select('id').where('id', '<>', row.tool_id).limit(1).executeTakeFirstOrThrow();
    await expect(
      db.updateTable('stack_tools').set({ tool_id: other.id }).where('stack_id', '=', row.stack_id).where('tool_id', '=', row.tool_id).execute(),
    ).rejects.toThrow(/not moved/);
  });

  it('are found drifting when rows change behind the triggers, and rebuilt', async () => {
    await sql`update tool_pairs set stacks_count = stacks_count + 1 where ctid = (select ctid from tool_pairs limit 1)`.execute(db);
    await sql`delete from tool_pairs where ctid = (select ctid from tool_pairs offset 1 limit 1)`.execute(db);
    expect(await pairDrift(db)).toHaveLength(2);
    await rebuildDerivedTable(db, 'tool_pairs');
    expect(await pairDrift(db)).toEqual([]);
  });
});
