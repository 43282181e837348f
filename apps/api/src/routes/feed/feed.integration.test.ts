import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followedEventKeysQuery } from '../../repositories/feed-repository.js';
import { jsonBody } from '../../testing/accounts.js';
import { buildUser } from '../../testing/factories.js';
import { createSignedInUsers } from '../../testing/sessions.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

type Cookie = { id: number; cookie: string };

describe('the feed', () => {
  let server: TestServer;
  let queries = 0;
  let author: Cookie;
  let toolFan: Cookie;
  let authorFan: Cookie;
  let stranger: Cookie;

  beforeAll(async () => {
    server = await startTestServer({ database: { onQuery: () => void queries++ } });
    [author, toolFan, authorFan, stranger] = (await createSignedInUsers(server.database.db, 4, 'feeder')) as [Cookie, Cookie, Cookie, Cookie];
    const put = (path: string, who: Cookie) => server.request(path, { method: 'PUT', headers: { Cookie: who.cookie } });
    expect((await put('/api/v1/tools/passenger/follow', toolFan)).status).toBe(200);
    expect((await put('/api/v1/users/feeder-0/follow', authorFan)).status).toBe(200);
    expect((await put('/api/v1/tools/elixir/follow', stranger)).status).toBe(200);
    await server.request('/api/v1/stacks', jsonBody('POST', { name: 'Passenger Rails', tools: [{ slug: 'passenger' }, { slug: 'ruby' }] }, { Cookie: author.cookie }));
    await server.request('/api/v1/decisions', jsonBody('POST', { body: 'Passenger made our deploys boring, in a good way.', tools: ['passenger'] }, { Cookie: author.cookie }));
  });
  afterAll(() => server.stop());

  const feed = (who: Cookie, query = '') => server.request(`/api/v1/feed${query}`, { headers: { Cookie: who.cookie } });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- feed items as the server sent them
  const mine = (items: any[]): any[] => items.filter((item) => item.actor.username === 'feeder-0');

  it('shows a new stack and a decision naming a followed tool, and what a followed person did', async () => {
    const viaTool = mine((await feed(toolFan)).body.items);
    expect(viaTool.map((item: { verb: string }) => item.verb)).toEqual(['decision.posted', 'stack.created']);
    expect(viaTool[1]).toMatchObject({ stack: { owner: 'feeder-0', slug: 'passenger-rails', name: 'Passenger Rails' } });
    expect(viaTool[1].tools.map((tool: { slug: string }) => tool.slug).sort()).toEqual(['passenger', 'ruby']);
    expect(viaTool[0].decision.excerpt).toContain('Passenger made our deploys boring');

    const viaAuthor = mine((await feed(authorFan)).body.items);
    expect(viaAuthor.map((item: { verb: string }) => item.verb)).toEqual(['decision.posted', 'stack.created']);

    expect(mine((await feed(stranger)).body.items)).toEqual([]);
    expect((await server.request('/api/v1/feed')).status).toBe(401);
  });

  it('pages with the cursor, returning every item exactly once', async () => {
    // Someone who follows busy tools, so the feed has many pages.
    const [reader] = (await createSignedInUsers(server.database.db, 1, 'pager')) as [Cookie];
    for (const slug of ['git', 'github', 'docker', 'postgresql']) {
      await server.request(`/api/v1/tools/${slug}/follow`, { method: 'PUT', headers: { Cookie: reader.cookie } });
    }
    const all = await feed(reader, '?limit=100');
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Array<{ id: number }>; nextCursor: string | null } } = await feed(reader, `?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.body.items.map((item) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor && seen.length < 400);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, all.body.items.length)).toEqual(all.body.items.map((item: { id: number }) => item.id));
    expect(seen.length).toBeGreaterThan(100);
  });

  it('runs the same number of queries for a page whatever the number of followed targets', async () => {
    const [few, many] = (await createSignedInUsers(server.database.db, 2, 'counter')) as [Cookie, Cookie];
    await server.request('/api/v1/tools/git/follow', { method: 'PUT', headers: { Cookie: few.cookie } });
    const popular = await server.database.db.selectFrom('tools').select('slug').orderBy('stacks_count', 'desc').limit(60).execute();
    for (const { slug } of popular) await server.request(`/api/v1/tools/${slug}/follow`, { method: 'PUT', headers: { Cookie: many.cookie } });
    const demoUsers = await server.database.db.selectFrom('users').select('username').orderBy('id').limit(30).execute();
    for (const { username } of demoUsers) await server.request(`/api/v1/users/${username}/follow`, { method: 'PUT', headers: { Cookie: many.cookie } });

    const count = async (who: Cookie) => {
      queries = 0;
      const response = await feed(who, '?limit=20');
      expect(response.body.items).toHaveLength(20);
      return queries;
    };
    expect(await count(many)).toBe(await count(few));
  });

  it('hides what moderators hid and what suspended people did', async () => {
    const before = mine((await feed(toolFan)).body.items).length;
    const moderator = { Cookie: await server.cookieFor(await buildUser(server.database.db, { role: 'moderator' })) };
    const act = (action: string) =>
      server.request('/api/v1/moderation/actions', jsonBody('POST', { action, subjectType: 'user', subjectId: author.id }, moderator));
    expect((await act('suspend')).status).toBe(200);
    expect(mine((await feed(toolFan)).body.items)).toHaveLength(0);
    expect((await act('unsuspend')).status).toBe(200);
    expect(mine((await feed(toolFan)).body.items)).toHaveLength(before);
  });

  it('has a public feed, Atom feeds for readers, and trending tools', async () => {
    const everyone = await server.request('/api/v1/feed/public?limit=5');
    expect(everyone.status).toBe(200);
    expect(everyone.body.items).toHaveLength(5);

    const atom = await server.request('/api/v1/tools/passenger/feed.atom');
    expect(atom.status).toBe(200);
    expect(atom.headers.get('content-type')).toContain('application/atom+xml');
    expect(atom.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(atom.body).toContain('Passenger Rails');
    const person = await server.request('/api/v1/users/feeder-0/feed.atom');
    expect(person.body).toContain('<entry>');
    expect((await server.request('/api/v1/tools/no-such-tool/feed.atom')).status).toBe(404);

    const trending = await server.request('/api/v1/tools/trending');
    expect(trending.status).toBe(200);
    expect(trending.body.days).toBe(30);
    const scores = trending.body.items.map((tool: { newStacks: number; newFollowers: number }) => tool.newStacks * 2 + tool.newFollowers);
    expect(scores.length).toBeGreaterThan(0);
    expect(scores.every((score: number) => score > 0)).toBe(true);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
  });

  it('refuses a bad cursor or limit with 400', async () => {
    expect((await feed(toolFan, '?cursor=garbage')).status).toBe(400);
    expect((await feed(toolFan, '?limit=1000')).status).toBe(400);
  });

  it('walks the per-tool events index with 200,000 events in the table', async () => {
    const { db } = server.database;
    const tool = await db.selectFrom('tools').select('id').where('slug', '=', 'nginx').executeTakeFirstOrThrow();
    await sql`insert into events (actor_id, verb, tool_id, created_at)
              select ${author.id}, 'tool.followed', ${tool.id}, now() - make_interval(secs => g)
              from generate_series(1, 200000) g`.execute(db);
    await sql`insert into event_tools (event_id, tool_id, created_at)
              select id, tool_id, created_at from events where actor_id = ${author.id} and verb = 'tool.followed' and tool_id = ${tool.id}`.execute(db);
    await sql`analyze events`.execute(db);
    await sql`analyze event_tools`.execute(db);
    await server.request('/api/v1/tools/nginx/follow', { method: 'PUT', headers: { Cookie: stranger.cookie } });

    const { rows } = await sql<{ 'QUERY PLAN': string }>`explain ${followedEventKeysQuery(stranger.id, null, 21)}`.execute(db);
    const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
    expect(plan).toContain('event_tools_tool_id_idx');
    expect(plan).not.toMatch(/Seq Scan on event_tools/);

    const response = await feed(stranger, '?limit=20');
    expect(response.status).toBe(200);
    expect(response.body.items).toHaveLength(20);
  });
});
