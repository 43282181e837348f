import type { DatabaseHandle } from '@stackyard/db';
import { createTestDatabase } from '@stackyard/db/testing';
import { sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparisonVisitor, createComparisonViewCounter, type ComparedTool } from './comparison-view-counter.js';

describe('comparison views, once per visitor and day', () => {
  let database: DatabaseHandle;
  let gunicorn: ComparedTool;
  let passenger: ComparedTool;
  let now = new Date('2026-12-03T10:00:00Z');
  const clock = () => now;
  const silent = pino({ level: 'silent' });

  const viewsOfPair = async () => {
    const [a, b] = [gunicorn.id, passenger.id].sort((x, y) => x - y);
    const row = await database.db
      .selectFrom('comparison_views')
      .select('views_count')
      .where('tool_a_id', '=', a!)
      .where('tool_b_id', '=', b!)
      .where('tool_c_id', 'is', null)
      .executeTakeFirst();
    return row?.views_count ?? 0;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    const rows = await database.db.selectFrom('tools').select(['id', 'slug']).where('slug', 'in', ['gunicorn', 'passenger']).execute();
    [gunicorn, passenger] = ['gunicorn', 'passenger'].map((slug) => rows.find((row) => row.slug === slug)!) as [ComparedTool, ComparedTool];
  });
  afterAll(() => database.close());

  it('counts 700 views by one visitor as one, over several flushes and two API processes', async () => {
    const before = await viewsOfPair();
    const first = createComparisonViewCounter(database.db, silent, clock);
    const second = createComparisonViewCounter(database.db, silent, clock);
    const visitor = comparisonVisitor(null, '203.0.113.7', 'Mozilla/5.0 (pumping)');

    for (let view = 0; view < 350; view++) first.record(view % 2 ? [gunicorn, passenger] : [passenger, gunicorn], visitor);
    expect(first.pending).toBe(1);
    await first.flush();
    expect(await viewsOfPair()).toBe(before + 1);

    // The same visitor again, answered by this process after its flush and by another process at the same time.
    for (let view = 0; view < 175; view++) first.record([gunicorn, passenger], visitor);
    for (let view = 0; view < 175; view++) second.record([passenger, gunicorn], visitor);
    await Promise.all([first.flush(), second.flush()]);
    expect(await viewsOfPair()).toBe(before + 1);

    // Another browser on the same address, and a member on any device, are other visitors.
    first.record([gunicorn, passenger], comparisonVisitor(null, '203.0.113.7', 'Another browser'));
    first.record([gunicorn, passenger], comparisonVisitor({ id: 42 }, '203.0.113.7', 'Mozilla/5.0 (pumping)'));
    second.record([gunicorn, passenger], comparisonVisitor({ id: 42 }, '198.51.100.1', 'A phone'));
    await Promise.all([first.flush(), second.flush()]);
    expect(await viewsOfPair()).toBe(before + 3);
  });

  it('counts the visitor again the next day, stores only hashes, and forgets the days before yesterday', async () => {
    const counter = createComparisonViewCounter(database.db, silent, clock);
    const visitor = comparisonVisitor(null, '192.0.2.55', 'Tomorrow’s browser');
    now = new Date('2026-12-03T23:59:59Z');
    counter.record([gunicorn, passenger], visitor);
    await counter.flush();
    const before = await viewsOfPair();
    now = new Date('2026-12-04T00:00:01Z');
    counter.record([gunicorn, passenger], visitor);
    counter.record([gunicorn, passenger], visitor);
    await counter.flush();
    expect(await viewsOfPair()).toBe(before + 1);

    const { rows } = await sql<{ day: string; visitor: string }>`select day::text as day, visitor from comparison_view_visitors`.execute(database.db);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.visitor).toMatch(/^[0-9a-f]{32}$/);
      expect(row.visitor).not.toContain('192.0.2.55');
    }
    expect(new Set(rows.map((row) => row.day))).toEqual(new Set(['2026-12-03', '2026-12-04']));

    // Two days on, the first day's visitors are gone and the newest flush wrote its own.
    now = new Date('2026-12-05T08:00:00Z');
    counter.record([gunicorn, passenger], visitor);
    await counter.flush();
    const days = await sql<{ day: string }>`select distinct day::text as day from comparison_view_visitors order by 1`.execute(database.db);
    expect(days.rows.map((row) => row.day)).toEqual(['2026-12-04', '2026-12-05']);
    expect(await viewsOfPair()).toBe(before + 2);
  });
});
