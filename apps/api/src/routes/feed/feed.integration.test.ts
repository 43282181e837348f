import type { UserRow } from '@stackyard/db';
import type { FeedItem } from '@stackyard/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followedEventKeysQuery } from '../../repositories/feed-repository.js';
import { buildDecision, buildStack, buildUser } from '../../testing/factories.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('the feed', () => {
  let server: TestServer;
  let queries = 0;
  let author: UserRow;
  let toolFan: UserRow;
  let authorFan: UserRow;
  let stranger: UserRow;

  beforeAll(async () => {
    server = await startTestServer({ database: { onQuery: () => void queries++ } });
    const db = server.database.db;
    [author, toolFan, authorFan, stranger] = [await buildUser(db), await buildUser(db), await buildUser(db), await buildUser(db)];
    await server.as(toolFan).tools.follow({ params: { slug: 'passenger' } });
    await server.as(authorFan).users.follow({ params: { username: author.username } });
    await server.as(stranger).tools.follow({ params: { slug: 'elixir' } });
    await buildStack(db, author, { name: 'Passenger Rails', tools: [{ slug: 'passenger' }, { slug: 'ruby' }] });
    await buildDecision(db, author, { body: 'Passenger made our deploys boring, in a good way.', tools: ['passenger'] });
  });
  afterAll(() => server.stop());

  const mine = (items: FeedItem[]) => items.filter((item) => item.actor.username === author.username);

  it('shows a new stack and a decision naming a followed tool, and what a followed person did', async () => {
    const viaTool = mine((await server.as(toolFan).feed.followed()).items);
    expect(viaTool.map((item) => item.verb)).toEqual(['decision.posted', 'stack.created']);
    expect(viaTool[1]).toMatchObject({ stack: { owner: author.username, slug: 'passenger-rails', name: 'Passenger Rails' } });
    expect(viaTool[1]!.tools.map((tool) => tool.slug).sort()).toEqual(['passenger', 'ruby']);
    expect(viaTool[0]!.decision?.excerpt).toContain('Passenger made our deploys boring');

    const viaAuthor = mine((await server.as(authorFan).feed.followed()).items);
    expect(viaAuthor.map((item) => item.verb)).toEqual(['decision.posted', 'stack.created']);

    expect(mine((await server.as(stranger).feed.followed()).items)).toEqual([]);
    await expect(server.client.feed.followed()).rejects.toMatchObject({ status: 401 });
  });

  it('pages with the cursor, returning every item exactly once', async () => {
    // Someone who follows busy tools, so the feed has many pages.
    const reader = server.as(await buildUser(server.database.db));
    for (const slug of ['git', 'github', 'docker', 'postgresql']) await reader.tools.follow({ params: { slug } });
    const all = await reader.feed.followed({ query: { limit: 100 } });
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page = await reader.feed.followed({ query: { limit: 7, cursor: cursor ?? undefined } });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor && seen.length < 400);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, all.items.length)).toEqual(all.items.map((item) => item.id));
    expect(seen.length).toBeGreaterThan(100);
  });

  it('runs the same number of queries for a page whatever the number of followed targets', async () => {
    const db = server.database.db;
    const few = await buildUser(db);
    const many = await buildUser(db);
    await server.as(few).tools.follow({ params: { slug: 'git' } });
    const popular = await db.selectFrom('tools').select('slug').orderBy('stacks_count', 'desc').limit(60).execute();
    for (const { slug } of popular) await server.as(many).tools.follow({ params: { slug } });
    const demoUsers = await db.selectFrom('users').select('username').orderBy('id').limit(30).execute();
    for (const { username } of demoUsers) await server.as(many).users.follow({ params: { username } });

    const count = async (who: UserRow) => {
      queries = 0;
      const page = await server.as(who).feed.followed({ query: { limit: 20 } });
      expect(page.items).toHaveLength(20);
      return queries;
    };
    expect(await count(many)).toBe(await count(few));
  });

  it('hides what moderators hid and what suspended people did', async () => {
    const feed = async () => mine((await server.as(toolFan).feed.followed()).items);
    const before = (await feed()).length;
    const moderator = await buildUser(server.database.db, { role: 'moderator' });
    const act = (action: 'suspend' | 'unsuspend') => server.as(moderator).moderation.act({ body: { action, subjectType: 'user', subjectId: author.id } });
    await act('suspend');
    expect(await feed()).toHaveLength(0);
    await act('unsuspend');
    expect(await feed()).toHaveLength(before);
  });

  it('has a public feed, Atom feeds for readers, and trending tools', async () => {
    const everyone = await server.client.feed.public({ query: { limit: 5 } });
    expect(everyone.items).toHaveLength(5);

    // Raw, to see the Content-Type a feed reader is sent.
    const atom = await server.request('/api/v1/tools/passenger/feed.atom');
    expect(atom.status).toBe(200);
    expect(atom.headers.get('content-type')).toContain('application/atom+xml');
    expect(atom.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(atom.body).toContain('Passenger Rails');
    const person = await server.client.users.feed({ params: { username: author.username } });
    expect(person).toContain('<entry>');
    await expect(server.client.tools.feed({ params: { slug: 'no-such-tool' } })).rejects.toMatchObject({ status: 404 });

    const trending = await server.client.tools.trending();
    expect(trending.days).toBe(30);
    const scores = trending.items.map((tool) => tool.newStacks * 2 + tool.newFollowers);
    expect(scores.length).toBeGreaterThan(0);
    expect(scores.every((score) => score > 0)).toBe(true);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('refuses a bad cursor or limit with 400', async () => {
    await expect(server.as(toolFan).feed.followed({ query: { cursor: 'garbage' } })).rejects.toMatchObject({ status: 400 });
    await expect(server.as(toolFan).feed.followed({ query: { limit: 1000 } })).rejects.toMatchObject({ status: 400 });
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
    await server.as(stranger).tools.follow({ params: { slug: 'nginx' } });

    const { rows } = await sql<{ 'QUERY PLAN': string }>`explain ${followedEventKeysQuery(stranger.id, null, 21)}`.execute(db);
    const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
    expect(plan).toContain('event_tools_tool_id_idx');
    expect(plan).not.toMatch(/Seq Scan on event_tools/);

    const page = await server.as(stranger).feed.followed({ query: { limit: 20 } });
    expect(page.items).toHaveLength(20);
  });
});
