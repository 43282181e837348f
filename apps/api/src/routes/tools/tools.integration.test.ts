import { ADOPTION_MONTHS, TOOL_SORTS, type Page, type ToolSummary, type toolListQuerySchema } from '@stackyard/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { buildStack, buildUser } from '../../testing/factories.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

type ToolFilters = Omit<z.input<typeof toolListQuerySchema>, 'cursor' | 'limit'>;

/** Every item of a keyset-paginated list, following nextCursor until there is none. */
async function allPages<T>(page: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const answer = await page(cursor);
    items.push(...answer.items);
    cursor = answer.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

describe('the tools API', () => {
  let server: TestServer;
  let toolCount: number;

  beforeAll(async () => {
    server = await startTestServer();
    const row = await server.database.db
      .selectFrom('tools')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    toolCount = row.count;
  });
  afterAll(() => server.stop());

  const everyTool = (filters: ToolFilters): Promise<ToolSummary[]> =>
    allPages((cursor) => server.client.tools.list({ query: { ...filters, limit: 100, cursor } }));

  it.each(TOOL_SORTS)('pages through every tool exactly once when sorted by %s', async (sort) => {
    const items = await everyTool({ sort });
    expect(items).toHaveLength(toolCount);
    expect(new Set(items.map((item) => item.slug)).size).toBe(toolCount);
  });

  it('sorts by popularity by default, most used first', async () => {
    const { items } = await server.client.tools.list({ query: { limit: 50 } });
    const stacks = items.map((item) => item.stats.stacks);
    expect(stacks).toEqual([...stacks].sort((a, b) => b - a));
    expect(stacks[0]).toBeGreaterThan(0);
  });

  it('sorts by name alphabetically, whatever the case', async () => {
    const items = await everyTool({ sort: 'name' });
    const names = items.map((item) => item.name.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('filters by function, category, layer and open source', async () => {
    const webServers = await everyTool({ function: 'web-servers' });
    expect(webServers.map((item) => item.slug)).toEqual(expect.arrayContaining(['gunicorn', 'passenger', 'nginx', 'caddy']));
    expect(webServers.every((item) => item.function.slug === 'web-servers')).toBe(true);

    const paas = await everyTool({ category: 'platform-as-a-service' });
    expect(paas.length).toBeGreaterThan(webServers.length);

    const devops = await everyTool({ layer: 'devops' });
    expect(devops.map((item) => item.slug)).toContain('docker');
    expect(devops.map((item) => item.slug)).not.toContain('passenger');

    const closed = await everyTool({ openSource: 'false' });
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((item) => !item.openSource)).toBe(true);

    const none = await server.client.tools.list({ query: { function: 'no-such-function' } });
    expect(none).toEqual({ items: [], nextCursor: null });
  });

  it('finds tools by part of their name, ignoring case', async () => {
    const lower = await server.client.tools.list({ query: { q: 'gun' } });
    expect(lower.items.map((item) => item.slug)).toContain('gunicorn');
    const upper = await server.client.tools.list({ query: { q: 'NGI' } });
    expect(upper.items.map((item) => item.slug)).toContain('nginx');
  });

  it('treats search text literally, wildcards and quotes included', async () => {
    for (const q of ['%', '_', "'", '\\', "'; drop table tools; --", 'ñandú', '😀']) {
      await expect(server.client.tools.list({ query: { q } }), q).resolves.toMatchObject({ items: expect.any(Array) });
    }
    const percent = await server.client.tools.list({ query: { q: '%' } });
    expect(percent.items).toEqual([]);
  });

  it('shows Passenger under Application & Data > Platform as a Service > Web Servers with its integrations', async () => {
    const { tool } = await server.client.tools.get({ params: { slug: 'passenger' } });
    expect(tool.name).toBe('Passenger');
    expect(tool.path).toEqual({
      layer: { slug: 'application-and-data', name: 'Application & Data' },
      category: { slug: 'platform-as-a-service', name: 'Platform as a Service' },
      function: { slug: 'web-servers', name: 'Web Servers' },
    });
    expect(tool.integrations.map((integration) => integration.slug).sort()).toEqual([
      'apache-http-server',
      'meteor',
      'nginx',
      'nodejs',
      'python',
      'ruby',
    ]);
    expect(tool.githubRepo).toBe('phusion/passenger');
  });

  it("charts a tool's adoption month by month, as a comparison charts it, counting every stack that added it", async () => {
    const { tool } = await server.client.tools.get({ params: { slug: 'passenger' } });
    const { comparison } = await server.client.compare.tools({ query: { tools: 'passenger,gunicorn' } });
    expect(tool.adoption.months).toEqual(comparison.adoption.months);
    expect(tool.adoption.months).toHaveLength(ADOPTION_MONTHS);
    expect(tool.adoption.months.at(-1)).toBe(new Date().toISOString().slice(0, 7));
    expect(tool.adoption.series).toEqual([comparison.adoption.series[0]]);

    const [series] = tool.adoption.series;
    expect(series!.slug).toBe('passenger');
    const { count } = await server.database.db
      .selectFrom('stack_tools as st')
      .innerJoin('tools as t', 't.id', 'st.tool_id')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('t.slug', '=', 'passenger')
      .where('st.created_at', '>=', new Date(`${tool.adoption.months[0]}-01T00:00:00Z`))
      .executeTakeFirstOrThrow();
    expect(count).toBeGreaterThan(0);
    expect(series!.stacksAdded.reduce((sum, added) => sum + added, 0)).toBe(count);

    // A stack added now shows in the current month, on the tool page and nowhere else.
    const before = series!.stacksAdded;
    await buildStack(server.database.db, await buildUser(server.database.db), { tools: [{ slug: 'passenger' }] });
    const after = (await server.client.tools.get({ params: { slug: 'passenger' } })).tool.adoption.series[0]!.stacksAdded;
    expect(after.at(-1)).toBe(before.at(-1)! + 1);
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
  });

  it("ranks a function's tools by the stacks that use them", async () => {
    const webServers = await everyTool({ function: 'web-servers' });
    const stacks = webServers.map((tool) => tool.stats.stacks);
    expect(stacks).toEqual([...stacks].sort((a, b) => b - a));
    expect(stacks[0]).toBeGreaterThan(stacks.at(-1)!);
    const { count } = await server.database.db
      .selectFrom('tools as t')
      .innerJoin('functions as f', 'f.id', 't.function_id')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('f.slug', '=', 'web-servers')
      .executeTakeFirstOrThrow();
    expect(webServers).toHaveLength(count);
  });

  it('answers 404 JSON for a tool that does not exist', async () => {
    await expect(server.client.tools.get({ params: { slug: 'no-such-tool' } })).rejects.toMatchObject({
      status: 404,
      code: 'not_found',
      message: expect.stringContaining('no-such-tool'),
    });
  });

  // Raw: query strings as anyone may type them, repeated and ill-typed parameters included.
  it.each([
    ['limit=0', 'query.limit'],
    ['limit=101', 'query.limit'],
    ['limit=ten', 'query.limit'],
    ['sort=random', 'query.sort'],
    ['cursor=not-a-cursor', 'query.cursor'],
    ['q=a&q=b', 'query.q'],
    [`q=${'x'.repeat(101)}`, 'query.q'],
    ['layer=Not%20A%20Slug', 'query.layer'],
    ['function=web-servers%27%20or%201=1', 'query.function'],
    ['openSource=maybe', 'query.openSource'],
  ])('refuses %s with a 400 that names %s', async (query, path) => {
    const { status, body } = await server.request(`/api/v1/tools?${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.message.startsWith(`${path}:`)).toBe(true);
  });

  it('refuses a slug that cannot be one', async () => {
    await expect(server.client.tools.get({ params: { slug: 'Not_A_Slug' } })).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/^params\.slug:/),
    });
  });
  it("shows a tool's ranked pros and cons, a few alternatives and stacks, and no viewer state when signed out", async () => {
    const { tool } = await server.client.tools.get({ params: { slug: 'passenger' } });
    expect(tool.pros.map((reason) => [reason.text, reason.votes])).toEqual([
      ['Nginx integration', 43],
      ['Great for rails', 36],
      ['Fast web server', 21],
      ['Free', 19],
      ['Lightweight', 15],
    ]);
    expect(tool.cons).toHaveLength(1);
    expect(tool.viewer).toBeNull();
    expect(tool.license).toBe('MIT');
    expect(tool.stats).toHaveProperty('githubPushedAt');

    const alternatives = tool.alternatives.map((item) => item.slug);
    expect(alternatives.length).toBeGreaterThan(0);
    expect(alternatives).not.toContain('passenger');
    expect(tool.alternatives.every((item) => item.function.slug === 'web-servers')).toBe(true);
    const firstPage = await server.client.tools.alternatives({ params: { slug: 'passenger' } });
    expect(firstPage.items.slice(0, alternatives.length).map((item) => item.slug)).toEqual(alternatives);

    expect(tool.stacks.length).toBeGreaterThan(0);
    expect(tool.stacks[0]).toMatchObject({ slug: expect.any(String), name: expect.any(String), owner: { username: expect.any(String) } });
    const added = tool.stacks.map((stack) => stack.addedAt);
    expect(added).toEqual([...added].sort().reverse());
  });

  it('pages through every stack that uses a tool exactly once, most recently added first', async () => {
    const stacks = await allPages((cursor) => server.client.tools.stacks({ params: { slug: 'nginx' }, query: { limit: 7, cursor } }));
    const { count } = await server.database.db
      .selectFrom('stack_tools as st')
      .innerJoin('tools as t', 't.id', 'st.tool_id')
      .innerJoin('stacks as s', 's.id', 'st.stack_id')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('t.slug', '=', 'nginx')
      .where('s.hidden', '=', false)
      .executeTakeFirstOrThrow();
    expect(count).toBeGreaterThan(7);
    expect(stacks).toHaveLength(count);
    expect(new Set(stacks.map((stack) => `${stack.owner.username}/${stack.slug}`)).size).toBe(count);
    const added = stacks.map((stack) => stack.addedAt);
    expect(added).toEqual([...added].sort().reverse());
  });

  it('pages through the alternatives of a tool exactly once, without the tool itself', async () => {
    const items = await allPages((cursor) => server.client.tools.alternatives({ params: { slug: 'passenger' }, query: { limit: 3, cursor } }));
    const webServers = await everyTool({ function: 'web-servers' });
    expect(items.map((item) => item.slug).sort()).toEqual(
      webServers.map((item) => item.slug).filter((slug) => slug !== 'passenger').sort(),
    );
  });

  it('answers 404 for the stacks or alternatives of a tool that does not exist, and 400 for a bad cursor', async () => {
    const missing = { status: 404, message: expect.stringContaining('no-such-tool') };
    await expect(server.client.tools.stacks({ params: { slug: 'no-such-tool' } }), 'stacks').rejects.toMatchObject(missing);
    await expect(server.client.tools.alternatives({ params: { slug: 'no-such-tool' } }), 'alternatives').rejects.toMatchObject(missing);
    await expect(server.client.tools.stacks({ params: { slug: 'nginx' }, query: { cursor: 'abc' } })).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/^query\.cursor:/),
    });
  });

  it('refuses control characters in the search text instead of failing on them', async () => {
    await expect(server.client.tools.list({ query: { q: 'a\u0000b' } })).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/^query\.q:/),
    });
  });
  it('shows a signed-in viewer whether they follow the tool and which reasons they voted for', async () => {
    const { db } = server.database;
    const user = await buildUser(db);
    const viewer = server.as(user);
    const before = await viewer.tools.get({ params: { slug: 'passenger' } });
    expect(before.tool.viewer).toEqual({ following: false, votedReasonIds: [] });

    const tool = await db.selectFrom('tools').select('id').where('slug', '=', 'passenger').executeTakeFirstOrThrow();
    const voted = before.tool.pros[1]!.id;
    await db.insertInto('follows').values({ user_id: user.id, target_type: 'tool', tool_id: tool.id }).execute();
    await db.insertInto('reason_votes').values({ reason_id: voted, user_id: user.id }).execute();

    const after = await viewer.tools.get({ params: { slug: 'passenger' } });
    expect(after.tool.viewer).toEqual({ following: true, votedReasonIds: [voted] });
  });
});
