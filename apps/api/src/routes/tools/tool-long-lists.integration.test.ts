import { recountCounters } from '@stackyard/db';
import { PROFILE_INTEGRATIONS, PROFILE_REASONS, type Page } from '@stackyard/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../testing/factories.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

/** Every item of a keyset-paginated list from a cursor on, following nextCursor until there is none. */
async function restOf<T>(cursor: string | null, page: (cursor: string) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  while (cursor) {
    const answer = await page(cursor);
    items.push(...answer.items);
    cursor = answer.nextCursor;
  }
  return items;
}

const PROS = PROFILE_REASONS * 3 + 4;
const INTEGRATIONS = PROFILE_INTEGRATIONS * 2 + 5;

/**
 * A tool with more pros and integrations than its page shows: the page carries the first few of each, how
 * many there are and where the rest starts, and the lists' own endpoints page through the rest exactly once,
 * in the page's order.
 */
describe("a tool page's long lists", () => {
  let server: TestServer;
  /** The tool's pros as the ranking orders them: most votes, then the first written. */
  let ranked: { id: number; text: string }[];
  let integrated: string[];

  beforeAll(async () => {
    server = await startTestServer();
    const { db } = server.database;
    await sql`insert into tools (slug, name, tagline, function_id)
              select 'wordy-server', 'Wordy Server', 'A much discussed web server', id from functions where slug = 'web-servers'`.execute(db);
    // Votes tie in fours, so that the ranking's second key (the id) decides inside each tie.
    await sql`
      with written as (
        insert into reasons (tool_id, kind, text)
        select t.id, 'pro', 'Pro number ' || n from tools t cross join generate_series(1, ${PROS}) as n
        where t.slug = 'wordy-server'
        returning id, text
      )
      insert into reason_votes (reason_id, user_id)
      select w.id, u.id from written w
      cross join lateral (select id from users order by id limit (substring(w.text from '[0-9]+$')::int % 9) / 4) u`.execute(db);
    await sql`insert into reasons (tool_id, kind, text) select id, 'con', 'The only con' from tools where slug = 'wordy-server'`.execute(db);
    await sql`
      insert into tool_integrations (tool_id, other_tool_id)
      select least(w.id, o.id), greatest(w.id, o.id) from tools w
      cross join (select id from tools where slug <> 'wordy-server' order by id limit ${INTEGRATIONS}) o
      where w.slug = 'wordy-server'
      on conflict do nothing`.execute(db);
    await recountCounters(db);
    const { rows } = await sql<{ id: number; text: string }>`
      select r.id, r.text from reasons r join tools t on t.id = r.tool_id
      where t.slug = 'wordy-server' and r.kind = 'pro' order by r.votes_count desc, r.id`.execute(db);
    ranked = rows;
    const integrations = await sql<{ slug: string }>`
      select o.slug from tools w join tool_integrations i on w.id in (i.tool_id, i.other_tool_id)
      join tools o on o.id = case when i.tool_id = w.id then i.other_tool_id else i.tool_id end
      where w.slug = 'wordy-server' order by o.stacks_count desc, o.id desc`.execute(db);
    integrated = integrations.rows.map((row) => row.slug);
  });
  afterAll(() => server.stop());

  const wordy = { params: { slug: 'wordy-server' } };

  it('carries the first few pros, cons and integrations, how many there are, and where the rest starts', async () => {
    const { tool } = await server.client.tools.get(wordy);
    expect(tool.pros.map((reason) => reason.text)).toEqual(ranked.slice(0, PROFILE_REASONS).map((reason) => reason.text));
    expect(tool.rest.pros).toEqual({ total: PROS, nextCursor: expect.any(String) });
    expect(tool.cons.map((reason) => reason.text)).toEqual(['The only con']);
    expect(tool.rest.cons).toEqual({ total: 1, nextCursor: null });
    expect(tool.integrations.map((other) => other.slug)).toEqual(integrated.slice(0, PROFILE_INTEGRATIONS));
    expect(tool.rest.integrations).toEqual({ total: INTEGRATIONS, nextCursor: expect.any(String) });
  });

  it('pages through the rest of the pros exactly once, in the ranking order', async () => {
    const { tool } = await server.client.tools.get(wordy);
    const rest = await restOf(tool.rest.pros.nextCursor, (cursor) =>
      server.client.tools.reasons({ ...wordy, query: { kind: 'pro', limit: 7, cursor } }),
    );
    expect([...tool.pros, ...rest].map((reason) => reason.id)).toEqual(ranked.map((reason) => reason.id));
    const first = await server.client.tools.reasons({ ...wordy, query: { kind: 'pro', limit: PROFILE_REASONS } });
    expect(first.items).toEqual(tool.pros);
  });

  it('pages through the rest of the integrations exactly once, most used first', async () => {
    const { tool } = await server.client.tools.get(wordy);
    const rest = await restOf(tool.rest.integrations.nextCursor, (cursor) =>
      server.client.tools.integrations({ ...wordy, query: { limit: 10, cursor } }),
    );
    expect([...tool.integrations, ...rest].map((other) => other.slug)).toEqual(integrated);
  });

  it("counts and pages a hidden pro only for its author, who sees it marked", async () => {
    const { db } = server.database;
    const author = await buildUser(db);
    await sql`insert into reasons (tool_id, kind, text, author_id, hidden)
              select id, 'pro', 'Hidden but mine', ${author.id}, true from tools where slug = 'wordy-server'`.execute(db);
    const mine = await server.as(author).tools.get(wordy);
    expect(mine.tool.rest.pros.total).toBe(PROS + 1);
    const everyPro = [...mine.tool.pros, ...(await restOf(mine.tool.rest.pros.nextCursor, (cursor) => server.as(author).tools.reasons({ ...wordy, query: { kind: 'pro', limit: 50, cursor } })))];
    expect(everyPro.filter((reason) => reason.hidden).map((reason) => reason.text)).toEqual(['Hidden but mine']);

    const anyone = await server.client.tools.get(wordy);
    expect(anyone.tool.rest.pros.total).toBe(PROS);
    const page = await server.client.tools.reasons({ ...wordy, query: { kind: 'pro', limit: 100 } });
    expect(page.items.map((reason) => reason.text)).not.toContain('Hidden but mine');
    await sql`delete from reasons where text = 'Hidden but mine'`.execute(db);
  });

  it('answers 400 for a list without its kind or with a cursor of another list, and 404 for no such tool', async () => {
    const stacks = await server.client.tools.stacks({ params: { slug: 'nginx' }, query: { limit: 1 } });
    expect(stacks.nextCursor).toEqual(expect.any(String));
    const refused = (field: string) => ({ status: 400, message: expect.stringMatching(new RegExp(`^query\\.${field}:`)) });
    const noKind = await fetch(`${server.url}/api/v1/tools/wordy-server/reasons`);
    expect(noKind.status).toBe(400);
    expect(await noKind.json()).toMatchObject({ error: { code: 'validation_failed' } });
    await expect(server.client.tools.reasons({ ...wordy, query: { kind: 'pro', cursor: stacks.nextCursor! } })).rejects.toMatchObject(refused('cursor'));
    await expect(server.client.tools.integrations({ ...wordy, query: { cursor: 'not a cursor' } })).rejects.toMatchObject(refused('cursor'));
    await expect(server.client.tools.reasons({ params: { slug: 'no-such-tool' }, query: { kind: 'con' } })).rejects.toMatchObject({ status: 404 });
    await expect(server.client.tools.integrations({ params: { slug: 'no-such-tool' } })).rejects.toMatchObject({ status: 404 });
  });
});
