import { TOOL_SORTS } from '@stackyard/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
