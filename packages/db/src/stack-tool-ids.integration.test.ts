import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCounterDrift, recountCounters } from './counters.js';
import type { DatabaseHandle } from './database.js';
import type { Database } from './schema.js';
import { createTestDatabase } from './testing/index.js';

const idsDrift = async (db: Kysely<Database>) => (await findCounterDrift(db)).filter((drift) => drift.counter === 'stacks.tool_ids');
const idsOf = async (db: Kysely<Database>, stack: number) =>
  (await db.selectFrom('stacks').select('tool_ids').where('id', '=', stack).executeTakeFirstOrThrow()).tool_ids.map(Number);

describe("a stack's tool ids, kept by stack_tools triggers", () => {
  let database: DatabaseHandle;
  let db: Kysely<Database>;
  let stacks: [number, number];
  let tools: [number, number, number];

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    const owner = await db.selectFrom('users').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow();
    const rows = await db
      .insertInto('stacks')
      .values([1, 2].map((n) => ({ owner_id: owner.id, slug: `tool-ids-test-${n}`, name: `Tool ids test ${n}`, description: '' })))
      .returning('id')
      .execute();
    stacks = rows.map((row) => Number(row.id)) as [number, number];
    const picked = await db.selectFrom('tools').select('id').orderBy('id').limit(3).execute();
    tools = picked.map((row) => Number(row.id)) as [number, number, number];
  });

  afterAll(async () => {
    await database?.close();
  });

  it("hold each seeded stack's tools", async () => {
    expect(await idsDrift(db)).toEqual([]);
    const used = await sql<{ id: number }>`select stack_id as id from stack_tools group by stack_id order by count(*) desc limit 1`.execute(db);
    expect((await idsOf(db, Number(used.rows[0]!.id))).length).toBeGreaterThan(1);
  });

  it('follow what is added and removed, sorted, in one statement over several stacks or one row at a time', async () => {
    const [first, second] = stacks;
    const [a, b, c] = tools;
    expect(await idsOf(db, first)).toEqual([]);
    await db
      .insertInto('stack_tools')
      .values([
        { stack_id: first, tool_id: c },
        { stack_id: first, tool_id: a },
        { stack_id: second, tool_id: b },
      ])
      .execute();
    await db.insertInto('stack_tools').values({ stack_id: first, tool_id: b }).execute();
    expect(await idsOf(db, first)).toEqual([a, b, c]);
    expect(await idsOf(db, second)).toEqual([b]);

    await db.deleteFrom('stack_tools').where('tool_id', 'in', [b, c]).where('stack_id', 'in', stacks).execute();
    expect(await idsOf(db, first)).toEqual([a]);
    expect(await idsOf(db, second)).toEqual([]);
    expect(await idsDrift(db)).toEqual([]);
  });

  it('are found drifted when written behind the triggers, and repaired by a recount', async () => {
    const [first] = stacks;
    const [a, b] = tools;
    await sql`update stacks set tool_ids = ${sql.val([b])}::bigint[] where id = ${first}`.execute(db);
    expect(await idsDrift(db)).toEqual([{ counter: 'stacks.tool_ids', id: first, cached: 1, actual: 1 }]);
    // The rows here are written directly, so other counters (tools.stacks_count...) are repaired too.
    expect(await recountCounters(db)).toBeGreaterThanOrEqual(1);
    expect(await idsOf(db, first)).toEqual([a]);
    expect(await idsDrift(db)).toEqual([]);
  });
});
