import { TOOL_SORTS } from '@stackyard/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpAccount } from '../../testing/accounts.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

interface Summary {
  slug: string;
  name: string;
  openSource: boolean;
  function: { slug: string };
  stats: { stacks: number; followers: number; votes: number };
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

  async function everyPage(query: string): Promise<Summary[]> {
    const items: Summary[] = [];
    let cursor: string | null = null;
    do {
      const separator = query ? '&' : '';
      const path: string = `/api/v1/tools?${query}${separator}limit=100${cursor ? `&cursor=${cursor}` : ''}`;
      const { status, body } = await server.request(path);
      expect(status).toBe(200);
      items.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);
    return items;
  }

  it.each(TOOL_SORTS)('pages through every tool exactly once when sorted by %s', async (sort) => {
    const items = await everyPage(`sort=${sort}`);
    expect(items).toHaveLength(toolCount);
    expect(new Set(items.map((item) => item.slug)).size).toBe(toolCount);
  });

  it('sorts by popularity by default, most used first', async () => {
    const { body } = await server.request('/api/v1/tools?limit=50');
    const stacks = body.items.map((item: Summary) => item.stats.stacks);
    expect(stacks).toEqual([...stacks].sort((a, b) => b - a));
    expect(stacks[0]).toBeGreaterThan(0);
  });

  it('sorts by name alphabetically, whatever the case', async () => {
    const items = await everyPage('sort=name');
    const names = items.map((item) => item.name.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('filters by function, category, layer and open source', async () => {
    const webServers = await everyPage('function=web-servers');
    expect(webServers.map((item) => item.slug)).toEqual(expect.arrayContaining(['gunicorn', 'passenger', 'nginx', 'caddy']));
    expect(webServers.every((item) => item.function.slug === 'web-servers')).toBe(true);

    const paas = await everyPage('category=platform-as-a-service');
    expect(paas.length).toBeGreaterThan(webServers.length);

    const devops = await everyPage('layer=devops');
    expect(devops.map((item) => item.slug)).toContain('docker');
    expect(devops.map((item) => item.slug)).not.toContain('passenger');

    const closed = await everyPage('openSource=false');
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((item) => !item.openSource)).toBe(true);

    const none = await server.request('/api/v1/tools?function=no-such-function');
    expect(none.body).toEqual({ items: [], nextCursor: null });
  });

  it('finds tools by part of their name, ignoring case', async () => {
    const { body } = await server.request('/api/v1/tools?q=gun');
    expect(body.items.map((item: Summary) => item.slug)).toContain('gunicorn');
    const upper = await server.request('/api/v1/tools?q=NGI');
    expect(upper.body.items.map((item: Summary) => item.slug)).toContain('nginx');
  });

  it('treats search text literally, wildcards and quotes included', async () => {
    for (const q of ['%', '_', "'", '\\', "'; drop table tools; --", 'ñandú', '😀']) {
      const { status, body } = await server.request(`/api/v1/tools?q=${encodeURIComponent(q)}`);
      expect(status, q).toBe(200);
      expect(Array.isArray(body.items)).toBe(true);
    }
    const percent = await server.request('/api/v1/tools?q=%25');
    expect(percent.body.items).toEqual([]);
  });

  it('shows Passenger under Application & Data > Platform as a Service > Web Servers with its integrations', async () => {
    const { status, body } = await server.request('/api/v1/tools/passenger');
    expect(status).toBe(200);
    expect(body.tool.name).toBe('Passenger');
    expect(body.tool.path).toEqual({
      layer: { slug: 'application-and-data', name: 'Application & Data' },
      category: { slug: 'platform-as-a-service', name: 'Platform as a Service' },
      function: { slug: 'web-servers', name: 'Web Servers' },
    });
    expect(body.tool.integrations.map((tool: { slug: string }) => tool.slug).sort()).toEqual([
      'apache-http-server',
      'meteor',
      'nginx',
      'nodejs',
      'python',
      'ruby',
    ]);
    expect(body.tool.githubRepo).toBe('phusion/passenger');
  });

  it('answers 404 JSON for a tool that does not exist', async () => {
    const { status, body } = await server.request('/api/v1/tools/no-such-tool');
    expect(status).toBe(404);
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toContain('no-such-tool');
  });

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
    const { status, body } = await server.request('/api/v1/tools/Not_A_Slug');
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/^params\.slug:/);
  });
  it("shows a tool's ranked pros and cons, a few alternatives and stacks, and no viewer state when signed out", async () => {
    const { status, body } = await server.request('/api/v1/tools/passenger');
    expect(status).toBe(200);
    const { tool } = body;
    expect(tool.pros.map((reason: { text: string; votes: number }) => [reason.text, reason.votes])).toEqual([
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

    const alternatives = tool.alternatives.map((item: Summary) => item.slug);
    expect(alternatives.length).toBeGreaterThan(0);
    expect(alternatives).not.toContain('passenger');
    expect(tool.alternatives.every((item: Summary) => item.function.slug === 'web-servers')).toBe(true);
    const firstPage = await server.request('/api/v1/tools/passenger/alternatives');
    expect(firstPage.body.items.slice(0, alternatives.length).map((item: Summary) => item.slug)).toEqual(alternatives);

    expect(tool.stacks.length).toBeGreaterThan(0);
    expect(tool.stacks[0]).toMatchObject({ slug: expect.any(String), name: expect.any(String), owner: { username: expect.any(String) } });
    const added = tool.stacks.map((stack: { addedAt: string }) => stack.addedAt);
    expect(added).toEqual([...added].sort().reverse());
  });

  it('pages through every stack that uses a tool exactly once, most recently added first', async () => {
    const stacks: { owner: { username: string }; slug: string; addedAt: string }[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { items: typeof stacks; nextCursor: string | null } } = await server.request(
        `/api/v1/tools/nginx/stacks?limit=7${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      stacks.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
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
    const items: Summary[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Summary[]; nextCursor: string | null } } = await server.request(
        `/api/v1/tools/passenger/alternatives?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      items.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    const webServers = await everyPage('function=web-servers');
    expect(items.map((item) => item.slug).sort()).toEqual(
      webServers.map((item) => item.slug).filter((slug) => slug !== 'passenger').sort(),
    );
  });

  it('answers 404 for the stacks or alternatives of a tool that does not exist, and 400 for a bad cursor', async () => {
    for (const path of ['/api/v1/tools/no-such-tool/stacks', '/api/v1/tools/no-such-tool/alternatives']) {
      const { status, body } = await server.request(path);
      expect(status, path).toBe(404);
      expect(body.error.message).toContain('no-such-tool');
    }
    const { status, body } = await server.request('/api/v1/tools/nginx/stacks?cursor=abc');
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/^query\.cursor:/);
  });

  it('refuses control characters in the search text instead of failing on them', async () => {
    const { status, body } = await server.request('/api/v1/tools?q=a%00b');
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/^query\.q:/);
  });
  it('shows a signed-in viewer whether they follow the tool and which reasons they voted for', async () => {
    const account = await signUpAccount(server);
    const path = '/api/v1/tools/passenger';
    const before = await server.request(path, { headers: { Cookie: account.cookie } });
    expect(before.status).toBe(200);
    expect(before.body.tool.viewer).toEqual({ following: false, votedReasonIds: [] });

    const { db } = server.database;
    const user = await db.selectFrom('users').select('id').where('username', '=', account.username).executeTakeFirstOrThrow();
    const tool = await db.selectFrom('tools').select('id').where('slug', '=', 'passenger').executeTakeFirstOrThrow();
    const voted = before.body.tool.pros[1].id;
    await db.insertInto('follows').values({ user_id: user.id, target_type: 'tool', tool_id: tool.id }).execute();
    await db.insertInto('reason_votes').values({ reason_id: voted, user_id: user.id }).execute();

    const after = await server.request(path, { headers: { Cookie: account.cookie } });
    expect(after.body.tool.viewer).toEqual({ following: true, votedReasonIds: [voted] });
  });
});
