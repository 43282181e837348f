import { recountCounters } from '@stackyard/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.js';

/**
 * The tool page and the comparison must cost a fixed number of queries, however many votes, stacks and
 * people there are: no query per row. Two new tools of the same function, one with 3 votes and one with
 * 30,000 (and 2,000 stacks), must cost the same.
 */
describe('queries per page, whatever the data size', () => {
  let server: TestServer;
  let queries = 0;

  beforeAll(async () => {
    server = await startTestServer({
      database: {
        onQuery: (event) => {
          if (event.level === 'query') queries += 1;
        },
      },
    });
    const { db } = server.database;
    await sql`
      insert into tools (slug, name, tagline, function_id)
      select t.slug, t.name, 'A test web server', f.id
      from (values ('tiny-server', 'Tiny Server'), ('busy-server', 'Busy Server')) as t(slug, name)
      cross join functions f where f.slug = 'web-servers'`.execute(db);
    await sql`
      insert into reasons (tool_id, kind, text)
      select t.id, r.kind, r.text
      from tools t join (values ('tiny-server', 'pro', 'Small'), ('busy-server', 'pro', 'Quick'),
                                ('busy-server', 'pro', 'Sturdy'), ('busy-server', 'con', 'Noisy')) as r(tool, kind, text)
        on r.tool = t.slug`.execute(db);
    await sql`
      insert into reason_votes (reason_id, user_id)
      select r.id, u.id from reasons r join tools t on t.id = r.tool_id
      cross join (select id from users order by id limit 3) u
      where t.slug = 'tiny-server'`.execute(db);
    await sql`
      insert into users (username, email, display_name)
      select 'bulk-voter-' || n, 'bulk-voter-' || n || '@example.com', 'Bulk Voter ' || n
      from generate_series(1, 30000) as n`.execute(db);
    // Every bulk voter votes for one of Busy Server's three reasons: 10,000 votes each.
    await sql`
      insert into reason_votes (reason_id, user_id)
      select (select array_agg(r.id order by r.id) from reasons r join tools t on t.id = r.tool_id
              where t.slug = 'busy-server')[1 + u.n % 3],
             u.id
      from (select id, row_number() over (order by id) as n from users where username like 'bulk-voter-%') u`.execute(db);
    await sql`
      insert into stacks (owner_id, slug, name)
      select id, 'bulk-stack', 'Bulk Stack ' || id from users where username like 'bulk-voter-%' and id % 15 = 0`.execute(db);
    await sql`
      insert into stack_tools (stack_id, tool_id, created_at)
      select s.id, t.id, timestamptz '2026-10-31' - (s.id % 700) * interval '1 day'
      from stacks s cross join tools t
      where s.slug = 'bulk-stack' and t.slug in ('busy-server', 'gunicorn')`.execute(db);
    // Fifty decisions about Busy Server and Gunicorn: the comparison shows a few, each with its tools, in one query.
    await sql`
      with written as (
        insert into decisions (author_id, body, html)
        select id, 'We moved from Gunicorn to Busy Server.', '<p>We moved from Gunicorn to Busy Server.</p>'
        from users where username like 'bulk-voter-%' and id % 600 = 0
        returning id
      )
      insert into decision_tools (decision_id, tool_id)
      select w.id, t.id from written w cross join tools t where t.slug in ('busy-server', 'gunicorn')`.execute(db);
    await recountCounters(db);
  });
  afterAll(() => server.stop());

  /** The queries the server ran to answer one call, and the answer. */
  async function countQueries<Answer>(call: () => Promise<Answer>) {
    queries = 0;
    const body = await call();
    return { queries, body };
  }

  it('has the data it claims: 3 votes on one tool, 30,000 and 2,000 stacks on the other', async () => {
    const tiny = await server.client.tools.get({ params: { slug: 'tiny-server' } });
    const busy = await server.client.tools.get({ params: { slug: 'busy-server' } });
    expect(tiny.tool.stats.votes).toBe(3);
    expect(busy.tool.stats.votes).toBe(30_000);
    expect(busy.tool.stats.stacks).toBe(2_000);
    expect(busy.tool.pros.map((reason) => reason.votes)).toEqual([10_000, 10_000]);
  });

  it('serves the tool page in the same seven queries', async () => {
    const tiny = await countQueries(() => server.client.tools.get({ params: { slug: 'tiny-server' } }));
    const busy = await countQueries(() => server.client.tools.get({ params: { slug: 'busy-server' } }));
    expect(busy.queries).toBe(tiny.queries);
    expect(tiny.queries).toBe(7);
  });

  it('serves the comparison in the same thirteen queries, and again, while nothing changed, in one', async () => {
    const tiny = await countQueries(() => server.client.compare.tools({ query: { tools: 'tiny-server,gunicorn' } }));
    const busy = await countQueries(() => server.client.compare.tools({ query: { tools: 'busy-server,gunicorn' } }));
    expect(busy.body.comparison.sharedStacks.count).toBe(2_000);
    expect(busy.body.comparison.decisions).toHaveLength(5);
    expect(busy.body.comparison.decisions[0]!.tools.map((tool) => tool.slug).sort()).toEqual(['busy-server', 'gunicorn']);
    expect(tiny.body.comparison.sharedStacks.count).toBe(0);
    expect(busy.queries).toBe(tiny.queries);
    // The content mark (kept-answers.ts), the tools, then the rest side by side.
    expect(tiny.queries).toBe(13);
    const again = await countQueries(() => server.client.compare.tools({ query: { tools: 'busy-server,gunicorn' } }));
    expect(again.body).toEqual(busy.body);
    expect(again.queries).toBe(1);
  });

  it('serves the long lists a page at a time in two queries', async () => {
    const busy = { params: { slug: 'busy-server' } };
    const first = await countQueries(() => server.client.tools.stacks({ ...busy, query: { limit: 100 } }));
    const cursor = first.body.nextCursor;
    expect(cursor).toEqual(expect.any(String));
    const next = await countQueries(() => server.client.tools.stacks({ ...busy, query: { limit: 100, cursor: cursor! } }));
    expect(first.queries).toBe(2);
    expect(next.queries).toBe(2);
    expect((await countQueries(() => server.client.tools.alternatives(busy))).queries).toBe(2);
  });
});
