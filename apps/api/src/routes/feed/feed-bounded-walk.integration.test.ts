import type { Database, UserRow } from '@stackyard/db';
import type { CursorKey } from '@stackyard/domain';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followedEventKeysQuery } from '../../repositories/feed-repository.js';
import { buildStack, buildUser } from '../../testing/factories.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

interface PlanNode {
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}

function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)];
}

interface Key {
  id: number;
  key: string;
}

const TOOLS = 20;
const STACKS = 10;
const PEOPLE = 15;
const TARGETS = TOOLS + STACKS + PEOPLE;

/**
 * The followed feed over many targets whose events interleave (many at the very same instant, some naming
 * several followed tools, some by the reader, some hidden), held against the definition written the slow way,
 * page by page; and what it reads, which must follow the page and not how much the targets did.
 */
describe('the followed feed over many targets', () => {
  let server: TestServer;
  let db: Kysely<Database>;
  let reader: UserRow;
  let actors: UserRow[];
  let stackIds: number[];
  let toolIds: number[];
  let batches = 0;

  /** Events in the future (newer than anything else), `perTarget` on average for each followed target. */
  async function addEvents(perTarget: number): Promise<void> {
    const batch = ++batches;
    const count = perTarget * TARGETS;
    const actorIds = [reader.id, ...actors.map((actor) => actor.id)];
    // Deterministic spread: the actor, stack and tools of event g come from g, and the timestamps of all
    // batches fall in the same 200 seconds, so that later batches interleave with earlier ones and many tie.
    await sql`
      insert into events (actor_id, verb, stack_id, created_at, visible)
      select (${sql.val(actorIds)}::bigint[])[1 + (g * 7 + ${batch}) % ${actorIds.length}],
             'stack.tools_added',
             case when g % 3 = 0 then (${sql.val(stackIds)}::bigint[])[1 + (g * 5 + ${batch}) % ${stackIds.length}] end,
             now() + interval '1 day' + make_interval(secs => ((g * 37 + ${batch} * 11) % 200) / 4.0),
             g % 11 <> 0
      from generate_series(1, ${count}) g`.execute(db);
    // Up to three tools per event, the same tool never twice; a third of the events name none.
    await sql`
      insert into event_tools (event_id, tool_id, created_at, visible)
      select distinct ev.id, (${sql.val(toolIds)}::bigint[])[1 + (ev.id * n + n) % ${toolIds.length}], ev.created_at, ev.visible
      from events ev cross join generate_series(1, 3) n
      where ev.created_at > now() + interval '12 hours' and ev.id % 3 <> 0 and n <= 1 + ev.id % 3
      on conflict do nothing`.execute(db);
    await sql`analyze events`.execute(db);
    await sql`analyze event_tools`.execute(db);
  }

  /** The feed by its definition: every shown event of a followed target, strictly after the cursor. */
  async function bruteForce(after: CursorKey | null, fetch: number): Promise<Key[]> {
    const cursor = after ? sql`(c.created_at, c.id) < (cast(${after[0]} as timestamptz), ${after[1]})` : sql`true`;
    const { rows } = await sql<Key>`
      select c.id, c.created_at::text as key from (
        select ev.id, ev.created_at from events ev
        join event_tools et on et.event_id = ev.id and et.visible
        join follows f on f.tool_id = et.tool_id and f.user_id = ${reader.id}
        where ev.actor_id <> ${reader.id}
        union
        select ev.id, ev.created_at from events ev join follows f on f.stack_id = ev.stack_id and f.user_id = ${reader.id}
        where ev.visible and ev.actor_id <> ${reader.id}
        union
        select ev.id, ev.created_at from events ev join follows f on f.followee_id = ev.actor_id and f.user_id = ${reader.id}
        where ev.visible and ev.actor_id <> ${reader.id}
      ) c
      where ${cursor}
      order by c.created_at desc, c.id desc
      limit ${fetch}`.execute(db);
    return rows.map(({ id, key }) => ({ id: Number(id), key }));
  }

  async function feed(after: CursorKey | null, fetch: number): Promise<Key[]> {
    const { rows } = await followedEventKeysQuery(reader.id, after, fetch).execute(db);
    return rows.map(({ id, key }) => ({ id: Number(id), key }));
  }

  /** Rows the statement read from events and event_tools (index entries and heap lookups alike). */
  async function rowsRead(after: CursorKey | null, fetch: number): Promise<number> {
    const { rows } = await sql<{ 'QUERY PLAN': unknown }>`explain (analyze, format json) ${followedEventKeysQuery(reader.id, after, fetch)}`.execute(db);
    const plan = rows[0]!['QUERY PLAN'];
    const root = (typeof plan === 'string' ? JSON.parse(plan) : plan) as Array<{ Plan: PlanNode }>;
    return nodesOf(root[0]!.Plan)
      .filter((node) => node['Relation Name'] === 'events' || node['Relation Name'] === 'event_tools')
      .reduce((sum, node) => sum + (node['Actual Rows'] ?? 0) * (node['Actual Loops'] ?? 1), 0);
  }

  /** Walks every page of `limit` with the cursor, comparing each with the definition's. */
  async function expectEveryPageToMatch(limit: number, pages: number): Promise<void> {
    let after: CursorKey | null = null;
    for (let page = 0; page < pages; page++) {
      const expected = await bruteForce(after, limit + 1);
      expect(await feed(after, limit + 1), `page ${page} of ${limit}`).toEqual(expected);
      const last = expected[Math.min(limit, expected.length) - 1];
      if (expected.length <= limit || !last) return;
      after = [last.key, last.id];
    }
  }

  beforeAll(async () => {
    server = await startTestServer();
    db = server.database.db;
    reader = await buildUser(db);
    actors = [];
    for (let i = 0; i < PEOPLE + 5; i++) actors.push(await buildUser(db));
    const stacks = [];
    for (let i = 0; i < STACKS + 3; i++) {
      const owner = actors[i % actors.length]!;
      stacks.push({ owner, stack: await buildStack(db, owner) });
    }
    stackIds = stacks.map(({ stack }) => stack.id);
    const tools = await db.selectFrom('tools').select(['id', 'slug']).orderBy('id').limit(TOOLS + 5).execute();
    toolIds = tools.map((tool) => tool.id);

    const as = server.as(reader);
    for (const tool of tools.slice(0, TOOLS)) await as.tools.follow({ params: { slug: tool.slug } });
    for (const { owner, stack } of stacks.slice(0, STACKS)) await as.stacks.follow({ params: { owner: owner.username, slug: stack.slug } });
    for (const actor of actors.slice(0, PEOPLE)) await as.users.follow({ params: { username: actor.username } });
    await addEvents(8);
  });
  afterAll(() => server.stop());

  it('gives the definition’s pages, whatever their size', async () => {
    await expectEveryPageToMatch(20, 8);
    await expectEveryPageToMatch(7, 12);
    await expectEveryPageToMatch(1, 30);
  });

  it('reads about a page, at the top and deep in the feed, and no more when the targets do twice as much', async () => {
    const fetch = 21;
    const deep = (await bruteForce(null, 200)).at(-1)!;
    const before = { top: await rowsRead(null, fetch), deep: await rowsRead([deep.key, deep.id], fetch) };
    // Each target's newest event (and for a tool its events row), then about a page through the few targets
    // that reach the bound, an event of several of them once through each: not a page from every target,
    // which is TARGETS * fetch rows and more.
    const aboutAPage = 2 * TARGETS + 12 * fetch;
    expect(before.top).toBeLessThanOrEqual(aboutAPage);
    expect(before.deep).toBeLessThanOrEqual(aboutAPage);

    await addEvents(8);
    await expectEveryPageToMatch(20, 8);
    await expectEveryPageToMatch(3, 20);
    const deeper = (await bruteForce(null, 200)).at(-1)!;
    const after = { top: await rowsRead(null, fetch), deep: await rowsRead([deeper.key, deeper.id], fetch) };
    expect(after.top).toBeLessThanOrEqual(before.top * 1.3);
    expect(after.deep).toBeLessThanOrEqual(before.deep * 1.3);
  });
});
