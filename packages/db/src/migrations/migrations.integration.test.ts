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
      expect.arrayContaining(['users', 'sessions', 'tools', 'reasons', 'reason_votes', 'stacks', 'follows', 'events', 'reports', 'moderation_log']),
    );
    expect(created).toHaveLength(21);

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
  });
});
