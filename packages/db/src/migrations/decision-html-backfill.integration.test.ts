import { Migrator, sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { renderMarkdown } from '../markdown/render-markdown.js';
import { migrateToLatest } from '../migrator.js';
import { createEmptyTestDatabase } from '../testing/index.js';
import { migrations } from './index.js';

const BEFORE = '20261125000200_event_visibility';

/* eslint-disable @typescript-eslint/no-explicit-any -- the schema before and after the migration */
const migrator = (db: Kysely<any>) => new Migrator({ db, provider: { getMigrations: async () => migrations } });

describe('the migration that stores decisions rendered', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createEmptyTestDatabase();
  });
  afterAll(() => handle.close());

  it('renders every existing decision with the app’s renderer, then requires the HTML, and goes down again', async () => {
    const db = handle.db as Kysely<any>;
    expect((await migrator(db).migrateTo(BEFORE)).error).toBeUndefined();
    await sql`insert into users (username, email) values ('writer', 'writer@example.org')`.execute(db);
    // More than one batch of the backfill, with Markdown, links and hostile HTML.
    await sql`
      insert into decisions (author_id, body)
      select (select id from users), 'Decision ' || n || ': **bold**, [a link](https://example.org/' || n || ') and <script>alert(' || n || ')</script>'
      from generate_series(1, 1203) as n`.execute(db);

    await migrateToLatest(db);
    const rows = await db.selectFrom('decisions').select(['id', 'body', 'html']).execute();
    expect(rows).toHaveLength(1203);
    expect(rows.filter((row) => row.html !== renderMarkdown(row.body))).toEqual([]);
    expect(rows[0]!.html).toContain('<strong>bold</strong>');
    expect(rows[0]!.html).not.toContain('<script');
    await expect(sql`insert into decisions (author_id, body) select id, 'No HTML given for this one' from users`.execute(db)).rejects.toThrow();

    expect((await migrator(db).migrateTo(BEFORE)).error).toBeUndefined();
    // Down: the column is gone again.
    const { rows: columns } = await sql<{ name: string }>`
      select column_name as name from information_schema.columns where table_name = 'decisions' and column_name = 'html'`.execute(db);
    expect(columns).toEqual([]);
  });
});
