import { decodeCursor, encodeCursor } from '@stackyard/domain';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { afterKey, keysetOrder, newestFirst, pageWindow, paginate, toPage, type Keyset } from './pagination.js';
import type { Database } from './schema.js';

// Compiles queries without a database.
const db = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (kysely) => new PostgresIntrospector(kysely),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

const byName: Keyset = { key: sql`lower(t.name)`, id: sql`t.id`, cast: 'text', direction: 'asc' };
const rows = [1, 2, 3].map((id) => ({ id, sortKey: `2026-11-0${id} 10:00:00.123456+00` }));

describe('keyset pagination', () => {
  it('fetches one row more than a page shows, starting after the cursor it was given', () => {
    expect(pageWindow({ limit: 20 })).toEqual({ after: null, fetch: 21 });
    expect(pageWindow({ cursor: encodeCursor(['nginx', 7]), limit: 5 })).toEqual({ after: ['nginx', 7], fetch: 6 });
    expect(pageWindow({ cursor: 'not a cursor', limit: 5 })).toEqual({ after: null, fetch: 6 });
  });

  it('compares (key, id) with the cursor in the direction of the order, cast to the key type', () => {
    const descending = afterKey(newestFirst('ev.created_at', 'ev.id'), ['2026-11-01 10:00:00+00', 9]).compile(db);
    expect(descending.sql).toBe('("ev"."created_at", "ev"."id") < (cast($1 as timestamptz), $2)');
    expect(descending.parameters).toEqual(['2026-11-01 10:00:00+00', 9]);
    expect(afterKey(byName, ['nginx', 3]).compile(db).sql).toBe('(lower(t.name), t.id) > (cast($1 as text), $2)');
    expect(afterKey(byName, null).compile(db).sql).toBe('true');
    expect(keysetOrder(byName).compile(db).sql).toBe('lower(t.name) asc, t.id asc');
  });

  it('adds the condition only with a cursor, and orders by the key then the id', () => {
    const query = db.selectFrom('tools as t').select('t.id');
    expect(paginate(query, byName, { limit: 10 }).compile().sql).toBe(
      'select "t"."id" from "tools" as "t" order by lower(t.name) asc, t.id asc limit $1',
    );
    const next = paginate(query, byName, { cursor: encodeCursor(['nginx', 3]), limit: 10 }).compile();
    expect(next.sql).toBe(
      'select "t"."id" from "tools" as "t" where (lower(t.name), t.id) > (cast($1 as text), $2) order by lower(t.name) asc, t.id asc limit $3',
    );
    expect(next.parameters).toEqual(['nginx', 3, 11]);
  });

  it('shows the first `limit` rows, with the cursor of the last one shown only when another page exists', () => {
    const keyOf = (row: (typeof rows)[number]) => [row.sortKey, row.id] as [string, number];
    const page = toPage(rows, 2, keyOf);
    expect(page.items).toEqual(rows.slice(0, 2));
    expect(decodeCursor(page.nextCursor!)).toEqual([rows[1]!.sortKey, 2]);
    expect(toPage(rows, 3, keyOf)).toEqual({ items: rows, nextCursor: null });
    expect(toPage([], 3, keyOf)).toEqual({ items: [], nextCursor: null });
  });

  it('keeps the cursor format clients already hold', () => {
    const page = toPage([{ views: 42, id: 5 }, { views: 41, id: 4 }], 1, (row) => [row.views, row.id]);
    expect(page.nextCursor).toBe(Buffer.from('[42,5]').toString('base64url'));
  });
});
