import { logoUrl } from '@stackyard/catalogue/logos';
import { createClient } from '@stackyard/contract';
import { TEST_SEED_NOW } from '@stackyard/db/testing';
import type { ComparisonSummary, ToolProfile } from '@stackyard/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDecision, buildUser } from '../../testing/factories.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

const proCounts = (tool: ToolProfile) => tool.pros.map((reason) => [reason.text, reason.votes]);
const slugsOf = (tools: { slug: string }[]) => tools.map((tool) => tool.slug);

describe('GET /api/v1/compare', () => {
  let server: TestServer;

  beforeAll(async () => {
    // The demo community's "now": its two years of history end here.
    server = await startTestServer({ clock: () => TEST_SEED_NOW });
  });
  afterAll(() => server.stop());

  const compare = async (tools: string) => (await server.client.compare.tools({ query: { tools } })).comparison;

  it('shows Gunicorn and Passenger as the reference page does: pros in the same order with the same counts', async () => {
    const comparison = await compare('gunicorn,passenger');
    expect(slugsOf(comparison.tools)).toEqual(['gunicorn', 'passenger']);
    const [gunicorn, passenger] = comparison.tools as [ToolProfile, ToolProfile];

    expect(proCounts(passenger)).toEqual([
      ['Nginx integration', 43],
      ['Great for rails', 36],
      ['Fast web server', 21],
      ['Free', 19],
      ['Lightweight', 15],
    ]);
    expect(passenger.cons.map((reason) => [reason.text, reason.votes])).toEqual([
      ['Cost (some features require paid/pro)', 0],
    ]);
    expect(proCounts(gunicorn)).toEqual([
      ['Python', 34],
      ['Easy setup', 30],
      ['Reliable', 8],
      ['Fast', 3],
      ['Light', 3],
    ]);
    expect(slugsOf(passenger.integrations).sort()).toEqual([
      'apache-http-server',
      'meteor',
      'nginx',
      'nodejs',
      'python',
      'ruby',
    ]);
    expect(gunicorn.integrations).toEqual([]);
    expect(comparison.sharedIntegrations).toEqual([]);

    for (const tool of comparison.tools) {
      expect(tool.path).toEqual({
        layer: { slug: 'application-and-data', name: 'Application & Data' },
        category: { slug: 'platform-as-a-service', name: 'Platform as a Service' },
        function: { slug: 'web-servers', name: 'Web Servers' },
      });
      expect(Object.keys(tool.stats).sort()).toEqual(
        ['detectedIn', 'followers', 'githubForks', 'githubPushedAt', 'githubStars', 'githubSyncedAt', 'stacks', 'votes'].sort(),
      );
      expect(tool.stats.votes).toBeGreaterThan(0);
    }
  });

  it('offers alternatives from the same function, most used first, without the compared tools', async () => {
    const { alternatives } = await compare('gunicorn,passenger');
    const slugs = slugsOf(alternatives);
    expect(slugs).toEqual(expect.arrayContaining(['nginx', 'apache-http-server', 'puma']));
    expect(slugs).not.toContain('gunicorn');
    expect(slugs).not.toContain('passenger');
    expect(alternatives.every((tool) => tool.function.slug === 'web-servers')).toBe(true);
    const stacks = alternatives.map((tool) => tool.stats.stacks);
    expect(stacks).toEqual([...stacks].sort((a, b) => b - a));
  });

  it('counts the stacks that use all the tools, lists shared integrations, and charts adoption month by month', async () => {
    const { db } = server.database;
    const comparison = await compare('ruby,passenger');
    const { rows } = await sql<{ count: number }>`
      select count(*)::int as count from stacks s
      where not s.hidden
        and exists (select 1 from stack_tools st join tools t on t.id = st.tool_id where st.stack_id = s.id and t.slug = 'ruby')
        and exists (select 1 from stack_tools st join tools t on t.id = st.tool_id where st.stack_id = s.id and t.slug = 'passenger')`.execute(db);
    expect(rows[0]!.count).toBeGreaterThan(0);
    expect(comparison.sharedStacks.count).toBe(rows[0]!.count);
    expect(comparison.sharedStacks.items.length).toBe(Math.min(rows[0]!.count, 6));
    expect(comparison.sharedStacks.items[0]).toMatchObject({ owner: { username: expect.any(String) }, slug: expect.any(String) });

    const { adoption } = comparison;
    expect(adoption.months).toHaveLength(24);
    expect(adoption.months.at(-1)).toBe('2026-11');
    expect(adoption.months[0]).toBe('2024-12');
    for (const [index, series] of adoption.series.entries()) {
      expect(series.slug).toBe(['ruby', 'passenger'][index]);
      expect(series.stacksAdded).toHaveLength(24);
      const { rows: added } = await sql<{ count: number }>`
        select count(*)::int as count from stack_tools st join tools t on t.id = st.tool_id
        where t.slug = ${series.slug} and st.created_at >= '2024-12-01T00:00:00Z'`.execute(db);
      expect(series.stacksAdded.reduce((sum, count) => sum + count, 0)).toBe(added[0]!.count);
    }

    const shared = await compare('passenger,unicorn');
    const passengerLinks = new Set(slugsOf(shared.tools[0]!.integrations));
    const unicornLinks = slugsOf(shared.tools[1]!.integrations);
    expect(slugsOf(shared.sharedIntegrations).sort()).toEqual(
      unicornLinks.filter((slug) => passengerLinks.has(slug)).sort(),
    );
  });

  it('names the tools stacks use most often alongside the compared ones, from real stacks', async () => {
    const { related } = await compare('gunicorn,passenger');
    const together = related.usedTogether;
    expect(together.length).toBeGreaterThan(0);
    expect(slugsOf(together)).not.toContain('gunicorn');
    expect(slugsOf(together)).not.toContain('passenger');
    const counts = together.map((tool) => tool.stacks);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // Each count is of the stacks that use the tool with the compared tool it is named with, the larger of the two.
    const withEach = async (slug: string, compared: string) => {
      const { rows } = await sql<{ count: number }>`
        select count(*)::int as count
        from stack_tools st join tools t on t.id = st.tool_id
        join stack_tools x on x.stack_id = st.stack_id join tools y on y.id = x.tool_id
        where t.slug = ${slug} and y.slug = ${compared}`.execute(server.database.db);
      return rows[0]!.count;
    };
    for (const tool of together) {
      const counts = { gunicorn: await withEach(tool.slug, 'gunicorn'), passenger: await withEach(tool.slug, 'passenger') };
      expect(['gunicorn', 'passenger'], tool.slug).toContain(tool.pairedWith);
      expect(tool.stacks, tool.slug).toBe(counts[tool.pairedWith as keyof typeof counts]);
      expect(tool.stacks, tool.slug).toBe(Math.max(counts.gunicorn, counts.passenger));
    }
  });

  it('shows the newest decisions anyone may see that name every compared tool', async () => {
    const { db } = server.database;
    const author = await buildUser(db);
    const both = await buildDecision(db, author, {
      body: 'We moved from Gunicorn to Passenger when the Rails app joined the Django one.',
      tools: ['gunicorn', 'passenger', 'nginx'],
    });
    const onlyOne = await buildDecision(db, author, { body: 'We run Gunicorn behind NGINX and have no regrets.', tools: ['gunicorn', 'nginx'] });
    const hidden = await buildDecision(db, author, { body: 'We moved from Passenger to Gunicorn, then back again.', tools: ['passenger', 'gunicorn'] });
    await db.updateTable('decisions').set({ hidden: true }).where('id', '=', hidden.id).execute();

    const { decisions } = await compare('passenger,gunicorn');
    const ids = decisions.map((decision) => decision.id);
    expect(ids[0]).toBe(both.id);
    expect(ids).not.toContain(onlyOne.id);
    expect(ids).not.toContain(hidden.id);
    expect(decisions.length).toBeGreaterThan(1);
    expect(decisions.length).toBeLessThanOrEqual(5);
    for (const decision of decisions) {
      expect(slugsOf(decision.tools)).toEqual(expect.arrayContaining(['gunicorn', 'passenger']));
      expect(decision.viewerVoted).toBeNull();
      expect(decision.hidden).toBe(false);
    }
    const created = decisions.map((decision) => decision.createdAt);
    expect(created).toEqual([...created].sort().reverse());
    // The same decision as its own page shows it, tools and all.
    expect(decisions[0]).toEqual(await server.client.decisions.get({ params: { id: both.id } }).then((answer) => answer.decision));

    expect((await compare('gunicorn,nginx,passenger')).decisions.map((decision) => decision.id)).toEqual([both.id]);
  });

  it('compares three tools, keeping the order asked for', async () => {
    const comparison = await compare('nginx,gunicorn,passenger');
    expect(slugsOf(comparison.tools)).toEqual(['nginx', 'gunicorn', 'passenger']);
    expect(slugsOf(comparison.adoption.series)).toEqual(['nginx', 'gunicorn', 'passenger']);
    expect(slugsOf(comparison.alternatives)).not.toContain('nginx');
  });

  it('counts views in memory, saves them in one flush, and ranks popular and related comparisons by them', async () => {
    await server.comparisonViews.flush();
    const before = await server.client.comparisons.popular();
    const earlier = before.items.find((item) => slugsOf(item.tools).join() === 'gunicorn,passenger');

    // Four visitors (a visitor counts once per comparison and day: see comparison-view-pumping).
    const visitors = ['gunicorn,passenger', 'passenger,gunicorn', 'gunicorn,passenger', 'nginx,passenger'].entries();
    for (const [visitor, tools] of visitors) {
      const client = createClient({ baseUrl: server.url, headers: { origin: server.url, 'user-agent': `visitor ${visitor}` } });
      await client.compare.tools({ query: { tools } });
    }
    // Comparisons that fail are not views.
    await expect(compare('gunicorn,no-such-tool')).rejects.toMatchObject({ status: 404 });
    await expect(compare('gunicorn')).rejects.toMatchObject({ status: 400 });
    expect(server.comparisonViews.pending).toBe(4);
    await server.comparisonViews.flush();
    expect(server.comparisonViews.pending).toBe(0);

    const top = (await server.client.comparisons.popular()).items[0]!;
    expect(slugsOf(top.tools)).toEqual(['gunicorn', 'passenger']);
    expect(top.views).toBe((earlier?.views ?? 0) + 3);
    expect(top.tools[0]).toEqual({ slug: 'gunicorn', name: 'Gunicorn', logoUrl: logoUrl({ slug: 'gunicorn', name: 'Gunicorn' }) });

    const names = (items: ComparisonSummary[]) => items.map((item) => slugsOf(item.tools).join(' vs '));
    const related = (await compare('passenger,puma')).related.comparisons;
    expect(names(related)[0]).toBe('gunicorn vs passenger');
    expect(names(related)).toContain('nginx vs passenger');
    expect(related.every((item) => item.tools.some((tool) => tool.slug === 'passenger' || tool.slug === 'puma'))).toBe(true);
    const views = related.map((item) => item.views);
    expect(views).toEqual([...views].sort((a, b) => b - a));

    const self = (await compare('gunicorn,passenger')).related.comparisons;
    expect(names(self)).not.toContain('gunicorn vs passenger');
    expect(names(self)).toContain('nginx vs passenger');
  });

  it('pages through popular comparisons exactly once, most viewed first', async () => {
    for (const tools of ['caddy,nginx', 'caddy,nginx', 'jetty,nginx', 'puma,unicorn,passenger']) await compare(tools);
    await server.comparisonViews.flush();
    const seen: { views: number; key: string }[] = [];
    let cursor: string | undefined;
    do {
      const page = await server.client.comparisons.popular({ query: { limit: 1, cursor } });
      seen.push(...page.items.map((item) => ({ views: item.views, key: slugsOf(item.tools).join() })));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.map((item) => item.key)).toContain('passenger,puma,unicorn');
    expect(new Set(seen.map((item) => item.key)).size).toBe(seen.length);
    const views = seen.map((item) => item.views);
    expect(views).toEqual([...views].sort((a, b) => b - a));
    const { rows } = await sql<{ count: number }>`select count(*)::int as count from comparison_views`.execute(server.database.db);
    expect(seen).toHaveLength(rows[0]!.count);
  });

  it('answers 404 naming every tool that does not exist', async () => {
    const missing = compare('gunicorn,no-such-tool,nor-this-one');
    await expect(missing).rejects.toMatchObject({ status: 404, code: 'not_found', message: expect.stringContaining('"no-such-tool"') });
    await expect(missing).rejects.toMatchObject({ message: expect.stringContaining('"nor-this-one"') });
  });

  // Raw: query strings as anyone may type them, a missing and a repeated parameter included.
  it.each([
    ['one tool', 'tools=gunicorn'],
    ['four tools', 'tools=gunicorn,passenger,nginx,caddy'],
    ['a duplicate', 'tools=gunicorn,gunicorn'],
    ['no tools at all', ''],
    ['an empty tool', 'tools=gunicorn,'],
    ['a repeated parameter', 'tools=gunicorn&tools=passenger'],
    ['a name that is not a slug', 'tools=gunicorn,Passenger'],
    ['quotes and wildcards', "tools=gunicorn,pass'%25"],
    ['a 10 KB value', `tools=${'a'.repeat(10_000)},b`],
  ])('refuses %s with a 400 JSON error about query.tools', async (_case, query) => {
    const { status, body } = await server.request(`/api/v1/compare?${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.message).toMatch(/^query\.tools/);
  });

  it('refuses a bad cursor or limit for popular comparisons', async () => {
    for (const query of [{ cursor: 'nope' }, { limit: 0 }, { limit: 101 }]) {
      await expect(server.client.comparisons.popular({ query }), JSON.stringify(query)).rejects.toMatchObject({
        status: 400,
        code: 'validation_failed',
      });
    }
  });
});
