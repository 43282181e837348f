import type { UserRow } from '@stackyard/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followedEventKeysQuery } from '../../repositories/feed-repository.js';
import { jsonBody } from '../../testing/accounts.js';
import { buildStack, buildUser } from '../../testing/factories.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
}

function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)];
}

/**
 * The followed feed's per-target top-N reads only what it may show: hidden events are not in the indexes it
 * walks (partial indexes `where visible`), so a suspended member's 20,000 events ahead of everything else
 * cost it nothing, for the tool, the stack and the person followed. Measured in rows read, not in time.
 */
describe("the feed's indexes hold only what may be shown", () => {
  let server: TestServer;
  let spammer: UserRow;
  let reader: UserRow;

  beforeAll(async () => {
    server = await startTestServer();
    const { db } = server.database;
    const moderator = await buildUser(db, { role: 'moderator' });
    spammer = await buildUser(db);
    reader = await buildUser(db);
    const stack = await buildStack(db, spammer, { tools: [{ slug: 'nginx' }] });
    const cookie = await server.cookieFor(reader);
    for (const path of ['/api/v1/tools/nginx/follow', `/api/v1/users/${spammer.username}/follow`, `/api/v1/stacks/${spammer.username}/${stack.slug}/follow`]) {
      expect((await server.request(path, { method: 'PUT', headers: { Cookie: cookie } })).status).toBe(200);
    }
    const tool = await db.selectFrom('tools').select('id').where('slug', '=', 'nginx').executeTakeFirstOrThrow();
    // Newer than anything else: 10,000 follows of the tool and 10,000 additions to the stack.
    await sql`insert into events (actor_id, verb, tool_id, stack_id, created_at)
              select ${spammer.id}, case when g % 2 = 0 then 'tool.followed' else 'stack.tools_added' end,
                     case when g % 2 = 0 then ${tool.id}::bigint end, case when g % 2 = 1 then ${stack.id}::bigint end,
                     now() + make_interval(secs => g)
              from generate_series(1, 20000) g`.execute(db);
    await sql`insert into event_tools (event_id, tool_id, created_at)
              select id, ${tool.id}, created_at from events where actor_id = ${spammer.id} and created_at > now()`.execute(db);
    const suspended = await server.request(
      '/api/v1/moderation/actions',
      jsonBody('POST', { action: 'suspend', subjectType: 'user', subjectId: spammer.id }, { Cookie: await server.cookieFor(moderator) }),
    );
    expect(suspended.status).toBe(200);
    await sql`analyze events`.execute(db);
    await sql`analyze event_tools`.execute(db);
  });
  afterAll(() => server.stop());

  it('walks each followed target past a suspended member’s events without reading them', async () => {
    const { db } = server.database;
    const hidden = await db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).where('actor_id', '=', spammer.id).where('visible', '=', false).executeTakeFirstOrThrow();
    expect(Number(hidden.n)).toBeGreaterThanOrEqual(20_000);

    const fetch = 21;
    const { rows } = await sql<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>`explain (analyze, format json) ${followedEventKeysQuery(reader.id, null, fetch)}`.execute(db);
    const plan = rows[0]!['QUERY PLAN'];
    const nodes = nodesOf((typeof plan === 'string' ? JSON.parse(plan) : plan)[0].Plan);
    const onEvents = nodes.filter((node) => node['Relation Name'] === 'events' || node['Relation Name'] === 'event_tools');

    expect(onEvents.filter((node) => node['Node Type'] === 'Seq Scan')).toEqual([]);
    const indexes = onEvents.map((node) => node['Index Name']);
    expect(indexes).toEqual(expect.arrayContaining(['event_tools_tool_id_idx', 'events_stack_id_visible_idx', 'events_actor_id_visible_idx']));
    // Each walk reads about a page, and throws almost nothing away: the 20,000 hidden events are not in its index.
    const removed = onEvents.reduce((sum, node) => sum + (node['Rows Removed by Filter'] ?? 0) * (node['Actual Loops'] ?? 1), 0);
    expect(removed).toBeLessThan(fetch * 3);
    for (const node of onEvents.filter((candidate) => candidate['Index Name']?.startsWith('event'))) {
      expect((node['Actual Rows'] ?? 0) * (node['Actual Loops'] ?? 1), node['Index Name']).toBeLessThanOrEqual(fetch * 3);
    }

    const feed = await server.request('/api/v1/feed?limit=20', { headers: { Cookie: await server.cookieFor(reader) } });
    expect(feed.status).toBe(200);
    expect(feed.body.items).toHaveLength(20);
    expect(feed.body.items.some((item: { actor: { username: string } }) => item.actor.username === spammer.username)).toBe(false);
  });
});
