import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './database.js';
import { withKeptPlans } from './kept-plans.js';
import { createTestDatabase } from './testing/index.js';

describe('statements run with kept plans', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    // One connection, so the statement and its plans are found on it afterwards.
    handle = await createTestDatabase({ poolSize: 1 });
  });
  afterAll(() => handle.close());

  const mode = async () => (await sql<{ mode: string }>`select current_setting('plan_cache_mode') as mode`.execute(handle.db)).rows[0]!.mode;
  const plans = async (text: string) =>
    (
      await sql<{ generic: number; custom: number }>`
        select generic_plans::int as generic, custom_plans::int as custom from pg_prepared_statements where statement = ${text}`.execute(handle.db)
    ).rows[0];

  it('plans a prepared statement once for every value, and sets the connection back after', async () => {
    // A LIKE prefix of a parameter: PostgreSQL would plan it for each value it is run with.
    const query = (prefix: string) => sql<{ count: number }>`select count(*)::int as count from tools where slug like ${prefix} || '%'`;
    const text = query('x').compile(handle.db).sql;
    await withKeptPlans(handle.db, async (connection) => {
      for (const prefix of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) await query(prefix).execute(connection);
    });
    expect(await plans(text)).toEqual({ generic: 7, custom: 0 });
    expect(await mode()).toBe('auto');

    // Outside, the same statement is planned for its values again.
    await query('h').execute(handle.db);
    expect((await plans(text))!.custom).toBe(1);
  });

  it('sets the connection back when the work fails', async () => {
    await expect(
      withKeptPlans(handle.db, async (connection) => {
        await sql`select 1 / ${0}::int`.execute(connection);
      }),
    ).rejects.toThrow(/division by zero/);
    expect(await mode()).toBe('auto');
  });
});
