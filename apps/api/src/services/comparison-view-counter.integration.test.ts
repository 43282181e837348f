import { createDatabase, type DatabaseHandle } from '@stackyard/db';
import { createTestDatabase } from '@stackyard/db/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createComparisonViewCounter, type ComparedTool } from './comparison-view-counter.js';

describe('the comparison view counter', () => {
  let database: DatabaseHandle;
  let queries: string[] = [];
  let tools: Record<string, ComparedTool>;
  const silent = pino({ level: 'silent' });

  const views = () =>
    database.db
      .selectFrom('comparison_views')
      .select(['tool_a_id as a', 'tool_b_id as b', 'tool_c_id as c', 'views_count as views'])
      .orderBy('id')
      .execute();

  beforeAll(async () => {
    database = await createTestDatabase({
      onQuery: (event) => {
        if (event.level === 'query') queries.push(event.query.sql);
      },
    });
    const rows = await database.db
      .selectFrom('tools')
      .select(['id', 'slug'])
      .where('slug', 'in', ['gunicorn', 'passenger', 'nginx', 'caddy'])
      .execute();
    tools = Object.fromEntries(rows.map((row) => [row.slug, row]));
    // The template carries the demo community's viewed comparisons; this file counts from none.
    await database.db.deleteFrom('comparison_views').execute();
  });
  afterAll(() => database.close());

  it('adds a thousand views in one statement, whatever the order the tools were named in', async () => {
    const counter = createComparisonViewCounter(database.db, silent);
    for (let view = 0; view < 1000; view++) {
      counter.record(view % 2 ? [tools.gunicorn!, tools.passenger!] : [tools.passenger!, tools.gunicorn!], `visitor ${view}`);
    }
    for (let view = 0; view < 10; view++) counter.record([tools.nginx!, tools.caddy!, tools.passenger!], `visitor ${view}`);
    expect(counter.pending).toBe(1010);

    queries = [];
    await counter.flush();
    expect(queries).toHaveLength(1);
    expect(queries[0]).toMatch(/insert into comparison_views \(/);
    const [gunicorn, passenger, nginx, caddy] = [tools.gunicorn!.id, tools.passenger!.id, tools.nginx!.id, tools.caddy!.id];
    const triple = [nginx, caddy, passenger].sort((x, y) => x - y);
    expect(await views()).toEqual([
      { a: Math.min(gunicorn, passenger), b: Math.max(gunicorn, passenger), c: null, views: 1000 },
      { a: triple[0], b: triple[1], c: triple[2], views: 10 },
    ]);

    queries = [];
    await counter.flush();
    expect(queries).toHaveLength(0);

    counter.record([tools.gunicorn!, tools.passenger!], 'one more visitor');
    await counter.stop();
    expect((await views())[0]!.views).toBe(1001);
  });

  it('keeps the views for the next flush when the database fails, and skips tools deleted meanwhile', async () => {
    const broken: DatabaseHandle = createDatabase({ dataDir: 'memory://' });
    await broken.close();
    const errors: unknown[] = [];
    const logger = pino({ level: 'error' }, { write: (line: string) => void errors.push(JSON.parse(line)) });
    const failing = createComparisonViewCounter(broken.db, logger);
    failing.record([tools.gunicorn!, tools.nginx!], 'a visitor');
    await failing.flush();
    expect(failing.pending).toBe(1);
    expect(errors).toHaveLength(1);

    const counter = createComparisonViewCounter(database.db, silent);
    const { id } = await database.db
      .insertInto('tools')
      .values({ slug: 'short-lived', name: 'Short Lived', tagline: '', description: '', open_source: false, function_id: 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    counter.record([{ id, slug: 'short-lived' }, tools.nginx!], 'a visitor');
    counter.record([tools.caddy!, tools.nginx!], 'a visitor');
    await database.db.deleteFrom('tools').where('id', '=', id).execute();
    await counter.flush();
    expect(counter.pending).toBe(0);
    const rows = await views();
    expect(rows).toHaveLength(3);
    expect(rows.at(-1)).toMatchObject({ views: 1 });
  });
});
