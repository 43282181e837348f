import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toolSearchQuery } from '../../repositories/search-repository.js';
import { buildStack, buildUser } from '../../testing/factories.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('GET /api/v1/search', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    const { db } = server.database;
    await sql`insert into tools (slug, name, tagline, function_id)
              select 'cafe-server', 'Café Server', 'Serves coffee over HTTP', id from functions where slug = 'web-servers'`.execute(db);
    const jose = await buildUser(db, { username: 'jnunez', email: 'jnunez@example.com', display_name: 'José Ñúñez' });
    await buildUser(db, { username: 'gone-person', email: 'gone@example.com', display_name: 'Zelda Gone', suspended_at: new Date() });
    await buildStack(db, jose, { name: 'Crème Brûlée Shop' });
    // Seven names start with "zorb"; the most used tool of all only contains it.
    await sql`insert into tools (slug, name, tagline, function_id, stacks_count)
              select 'zorbit-' || n, 'Zorbit ' || n, 'A prefix match', f.id, n
              from functions f, generate_series(1, 7) n where f.slug = 'web-servers'`.execute(db);
    await sql`insert into tools (slug, name, tagline, function_id, stacks_count)
              select 'hyperzorbit', 'Hyperzorbit', 'A substring match', id, 1000000 from functions where slug = 'web-servers'`.execute(db);
  });
  afterAll(() => server.stop());

  const search = (q: string) => server.client.search.all({ query: { q } });

  it('finds NGINX first for "ngi", and PostgreSQL for "postgre"', async () => {
    expect((await search('ngi')).tools[0]?.slug).toBe('nginx');
    expect((await search('postgre')).tools[0]?.slug).toBe('postgresql');
  });

  it('ignores case and accents, both in what is typed and in names', async () => {
    for (const q of ['NGI', 'Ngí', 'ngï']) expect((await search(q)).tools[0]?.slug, q).toBe('nginx');
    expect((await search('cafe')).tools[0]?.slug).toBe('cafe-server');
    expect((await search('CAFÉ S')).tools[0]?.slug).toBe('cafe-server');
    expect((await search('creme brulee')).stacks).toEqual([{ slug: 'creme-brulee-shop', name: 'Crème Brûlée Shop', owner: 'jnunez' }]);
    expect((await search('jose')).users[0]).toEqual({ username: 'jnunez', displayName: 'José Ñúñez', avatarUrl: null });
    expect((await search('nunez')).users.map((user) => user.username)).toContain('jnunez');
  });

  it('puts the exact name first, then names that start with the text, then later words, then the rest', async () => {
    expect((await search('java')).tools[0]?.slug).toBe('java');
    // For "redis": Redis is the name, Redis Insight starts with it, Azure Cache for Redis has a word
    // that does, ioredis only contains it. ("sql" no longer serves: the catalogue has a page of names
    // that start with it.)
    const rank = (name: string) => {
      const lower = name.toLowerCase();
      if (lower === 'redis') return 0;
      if (lower.startsWith('redis')) return 1;
      if (lower.includes(' redis')) return 2;
      return 3;
    };
    const ranks = (await search('redis')).tools.map((tool) => rank(tool.name));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks)).toEqual(new Set([0, 1, 2, 3]));
  });

  it('fills the page with prefixes, most used first, before any substring of a common prefix', async () => {
    expect((await search('zorb')).tools.map((tool) => tool.slug)).toEqual(['zorbit-7', 'zorbit-6', 'zorbit-5', 'zorbit-4', 'zorbit-3', 'zorbit-2']);
    // When the prefixes do not fill the page, the substrings follow them, however used they are.
    const { tools } = await server.client.search.all({ query: { q: 'zorb', limit: 10 } });
    expect(tools.map((tool) => tool.slug)).toEqual(['zorbit-7', 'zorbit-6', 'zorbit-5', 'zorbit-4', 'zorbit-3', 'zorbit-2', 'zorbit-1', 'hyperzorbit']);
  });

  it('does not open the trigram index when the prefixes fill the page, and does when they do not', async () => {
    const trigramScans = async (text: string) => {
      const plan = await server.database.db.connection().execute(async (connection) => {
        await sql`set enable_seqscan = off`.execute(connection);
        try {
          const { rows } = await sql<Record<string, string>>`explain (analyze, costs off, timing off) ${toolSearchQuery(text, 6)}`.execute(connection);
          return rows.map((row) => Object.values(row)[0] ?? '');
        } finally {
          await sql`reset enable_seqscan`.execute(connection);
        }
      });
      const scans = plan.filter((line) => line.includes('tools_search_trgm_idx'));
      expect(scans.length, text).toBeGreaterThan(0);
      return scans.filter((line) => !line.includes('never executed')).length;
    };
    expect(await trigramScans('zorb')).toBe(0);
    expect(await trigramScans('orbit')).toBeGreaterThan(0);
  });

  it('answers from the first character, with names that start with it', async () => {
    const { tools, users } = await search('n');
    expect(tools.length).toBeGreaterThan(0);
    expect(tools.every((tool) => tool.name.toLowerCase().startsWith('n'))).toBe(true);
    expect(users.length).toBeGreaterThan(0);
  });

  it('serves the first keystroke from the prefix index', async () => {
    const plan = await server.database.db.connection().execute(async (connection) => {
      await sql`set enable_seqscan = off`.execute(connection);
      try {
        const { rows } = await sql<Record<string, string>>`explain ${toolSearchQuery('N', 6)}`.execute(connection);
        return rows.map((row) => Object.values(row)[0]).join('\n');
      } finally {
        await sql`reset enable_seqscan`.execute(connection);
      }
    });
    expect(plan).toContain('tools_search_prefix_idx');
  });

  it('compares the stored names: what was typed is normalised once, no row is', async () => {
    for (const text of ['N', 'postgre']) {
      const { rows } = await sql<Record<string, string>>`explain verbose ${toolSearchQuery(text, 6)}`.execute(server.database.db);
      const plan = rows.map((row) => Object.values(row)[0]).join('\n');
      // Wherever search_text() would run per row the plan names it; on the typed text it is folded into a constant.
      expect(plan, text).toContain('t.search_name');
      expect(plan, text).not.toContain('search_text(');
    }
  });

  it('finds substrings and close spellings from three characters on', async () => {
    const found = (await search('gresql')).tools.map((tool) => tool.slug);
    expect(found).toEqual(expect.arrayContaining(['postgresql']));
    expect((await search('postgrsql')).tools.map((tool) => tool.slug)).toContain('postgresql');
  });

  it('does not offer suspended people', async () => {
    expect((await search('zelda')).users).toEqual([]);
  });

  it('treats any text literally and safely', async () => {
    for (const q of ['%', '_', "'", '\\', '"', "'; drop table tools; --", '😀', 'ñandú', '日本語', 'a%b_c', '<script>']) {
      await expect(search(q), q).resolves.toMatchObject({ tools: expect.any(Array), stacks: expect.any(Array), users: expect.any(Array) });
    }
    expect((await search('%')).tools).toEqual([]);
    expect((await search('_')).tools).toEqual([]);
  });

  // Raw: query strings as anyone may type them, missing, repeated and nested parameters included.
  it.each([
    ['empty text', 'q='],
    ['only spaces', 'q=%20%20'],
    ['no text at all', ''],
    ['10 KB of text', `q=${'x'.repeat(10_240)}`],
    ['a NUL byte', 'q=a%00b'],
    ['a repeated parameter', 'q=a&q=b'],
    ['a nested parameter', 'q[a]=b'],
    ['a limit too high', 'q=a&limit=21'],
  ])('refuses %s with a 400 JSON error', async (_case, query) => {
    const { status, body } = await server.request(`/api/v1/search?${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('validation_failed');
  });

  // Raw: the point is percent-encoding no client would produce.
  it('answers malformed percent-encoding and lone surrogates with JSON, never a 500', async () => {
    for (const query of ['q=%E0%A4%A', 'q=%ED%A0%80', 'q=%FF%FE', 'q=%', 'q=%%%', 'q=%C0%AF']) {
      const { status, body } = await server.request(`/api/v1/search?${query}`);
      expect([200, 400], query).toContain(status);
      expect(typeof body, query).toBe('object');
    }
  });
});
