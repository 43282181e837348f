import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './database.js';
import { createTestDatabase } from './testing/index.js';

describe('statements prepared once per PostgreSQL connection', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase({ poolSize: 1 });
  });
  afterAll(() => handle.close());

  const preparedOnThisConnection = async (text: string) =>
    (await sql<{ count: number }>`select count(*)::int as count from pg_prepared_statements where statement = ${text} and not from_sql`.execute(handle.db)).rows[0]!.count;

  it('prepares a parameterised statement on first use and runs it by name after, with each run its own values', async () => {
    const query = (slug: string) => handle.db.selectFrom('tools').select('slug').where('slug', '=', slug);
    const text = query('x').compile().sql;
    expect(await preparedOnThisConnection(text)).toBe(0);

    const slugs = (await handle.db.selectFrom('tools').select('slug').orderBy('id').limit(2).execute()).map((row) => row.slug);
    expect(slugs).toHaveLength(2);
    for (const slug of slugs) expect(await query(slug).executeTakeFirst()).toEqual({ slug });
    expect(await query('no-such-tool').executeTakeFirst()).toBeUndefined();

    // One prepared statement on the pool's one connection, however many runs.
    expect(await preparedOnThisConnection(text)).toBe(1);
  });

  it('sends a text without parameters as it was, so a script of several commands still runs', async () => {
    await sql.raw('create temporary table prepared_probe (n int); insert into prepared_probe values (1), (2)').execute(handle.db);
    const { rows } = await sql<{ total: number }>`select sum(n)::int as total from prepared_probe`.execute(handle.db);
    expect(rows[0]!.total).toBe(3);
  });
});
