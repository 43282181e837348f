import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import type { Database } from '../schema.js';
import { migrateToLatest, migrateToZero } from '../migrator.js';
import { createEmptyTestDatabase } from '../testing/index.js';
import { migrations } from './index.js';

async function tableNames(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_name not like 'kysely_%' order by 1`.execute(db);
  return rows.map((row) => row.name);
}

describe('migrations', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createEmptyTestDatabase();
  });
  afterAll(() => handle.close());

  it('go up, down and up again', async () => {
    const db = handle.db;
    expect(await migrateToLatest(db)).toEqual(Object.keys(migrations));
    const created = await tableNames(db);
    expect(created).toEqual(
      expect.arrayContaining([
        'users', 'sessions', 'tools', 'reasons', 'reason_votes', 'stacks', 'follows', 'events', 'reports', 'moderation_log',
        'comparison_views', 'comparison_view_visitors', 'tool_pairs', 'tool_adoption_months',
      ]),
    );
    expect(created).toHaveLength(25);

    expect(await migrateToZero(db)).toEqual(Object.keys(migrations).reverse());
    expect(await tableNames(db)).toEqual([]);

    await migrateToLatest(db);
    expect(await tableNames(db)).toEqual(created);
    expect(await migrateToLatest(db)).toEqual([]);
  });

  it('enable trigram search', async () => {
    const { rows } = await sql<{ similarity: number }>`select similarity('gunicorn', 'gun') as similarity`.execute(handle.db);
    expect(rows[0]!.similarity).toBeGreaterThan(0);
  });

  it('normalise search text with an immutable function that ignores case and accents', async () => {
    const { rows } = await sql<{ text: string; volatility: string }>`
      select search_text('Crème BRÛLÉE à Ñandú') as text,
             (select provolatile from pg_proc where proname = 'search_text') as volatility`.execute(handle.db);
    expect(rows[0]).toEqual({ text: 'creme brulee a nandu', volatility: 'i' });
  });

  it('refuse rows that break the rules', async () => {
    const db = handle.db;
    const user = await db.insertInto('users').values({ username: 'Ada', email: 'ada@example.com' }).returning('id').executeTakeFirstOrThrow();
    // Usernames and emails are unique regardless of case.
    await expect(db.insertInto('users').values({ username: 'ada', email: 'other@example.com' }).execute()).rejects.toThrow();
    await expect(db.insertInto('users').values({ username: 'grace', email: 'ADA@example.com' }).execute()).rejects.toThrow();
    // Nobody follows themselves.
    await expect(
      db.insertInto('follows').values({ user_id: user.id, target_type: 'user', followee_id: user.id }).execute(),
    ).rejects.toThrow();
    // A follow names exactly the target its type says.
    await expect(db.insertInto('follows').values({ user_id: user.id, target_type: 'tool' }).execute()).rejects.toThrow();

    // A comparison is one row per set of tools, ids ascending; a two-tool set is unique too (nulls not distinct).
    await sql`insert into layers (slug, name) values ('l', 'L')`.execute(db);
    await sql`insert into categories (layer_id, slug, name) select id, 'c', 'C' from layers`.execute(db);
    await sql`insert into functions (category_id, slug, name) select id, 'f', 'F' from categories`.execute(db);
    const [a, b] = await db
      .insertInto('tools')
      .values(['a', 'b'].map((slug) => ({ slug, name: slug.toUpperCase(), tagline: '', description: '', open_source: true, function_id: 1 })))
      .returning('id')
      .execute();
    await db.insertInto('comparison_views').values({ tool_a_id: a!.id, tool_b_id: b!.id, views_count: 1 }).execute();
    await expect(db.insertInto('comparison_views').values({ tool_a_id: a!.id, tool_b_id: b!.id }).execute()).rejects.toThrow();
    await expect(db.insertInto('comparison_views').values({ tool_a_id: b!.id, tool_b_id: a!.id }).execute()).rejects.toThrow();
  });
});
