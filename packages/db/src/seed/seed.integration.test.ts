import { catalogueTools } from '@stackyard/catalogue';
import { logoUrl } from '@stackyard/catalogue/logos';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCounterDrift } from '../counters.js';
import type { DatabaseHandle } from '../database.js';
import { migrateToLatest } from '../migrator.js';
import type { Database } from '../schema.js';
import { adoptionMonths } from '@stackyard/domain';
import { TEST_SEED_NOW, createEmptyTestDatabase, createTestDatabase } from '../testing/index.js';
import { refreshLogoUrls, seed } from './index.js';
import type { Kysely } from 'kysely';

const tables = [
  'users', 'layers', 'categories', 'functions', 'tools', 'tool_integrations', 'reasons', 'reason_votes', 'stacks',
  'stack_tools', 'follows', 'decisions', 'decision_tools', 'decision_votes', 'events', 'event_tools', 'comparison_views',
];

/** A digest of every row of every seeded table (the tools' own timestamps say when they were seeded, so not those). */
async function fingerprint(db: Kysely<Database>): Promise<Record<string, string>> {
  const digest: Record<string, string> = {};
  for (const table of tables) {
    const { rows } = await sql<{ count: number; digest: string | null }>`
      select count(*)::int as count,
             md5(string_agg((to_jsonb(t) - ${table === 'tools' ? sql`array['created_at', 'updated_at']` : sql`array[]::text[]`})::text, ',' order by t.*::text)) as digest
      from ${sql.table(table)} t`.execute(db);
    digest[table] = `${rows[0]!.count}:${rows[0]!.digest}`;
  }
  return digest;
}

describe('seeding', () => {
  let seeded: DatabaseHandle;
  beforeAll(async () => {
    seeded = await createTestDatabase();
  });
  afterAll(() => seeded.close());

  it('writes the whole catalogue and a living community', async () => {
    const count = async (table: keyof Database) =>
      (await seeded.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    expect(await count('tools')).toBe(catalogueTools.length);
    expect(await count('users')).toBeGreaterThanOrEqual(200);
    expect(await count('stacks')).toBeGreaterThanOrEqual(150);
    expect(await count('reason_votes')).toBeGreaterThan(1000);
    expect(await count('events')).toBeGreaterThan(1000);
    expect(await count('decisions')).toBeGreaterThan(20);
  });

  it('leaves every cached counter equal to the COUNT(*) of what it counts', async () => {
    expect(await findCounterDrift(seeded.db)).toEqual([]);
    const passenger = await seeded.db.selectFrom('tools').select(['stacks_count', 'votes_count']).where('slug', '=', 'passenger').executeTakeFirstOrThrow();
    expect(passenger.stacks_count).toBeGreaterThan(0);
    expect(passenger.votes_count).toBe(43 + 36 + 21 + 19 + 15);
  });

  it('spreads its history over the last two years', async () => {
    const { rows } = await sql<{ first: Date; last: Date }>`select min(created_at) as first, max(created_at) as last from events`.execute(seeded.db);
    const span = rows[0]!.last.getTime() - rows[0]!.first.getTime();
    expect(span).toBeGreaterThan(365 * 24 * 3600 * 1000);
    expect(rows[0]!.last.getTime()).toBeLessThanOrEqual(TEST_SEED_NOW.getTime());
  });

  /** Comparisons as "a vs b[ vs c]" in slug order, most viewed first. */
  async function viewedComparisons(): Promise<Array<{ name: string; views: number }>> {
    const { rows } = await sql<{ name: string; views: number }>`
      select (select string_agg(t.slug, ' vs ' order by t.slug) from tools t where t.id in (cv.tool_a_id, cv.tool_b_id, cv.tool_c_id)) as name,
             cv.views_count::int as views
      from comparison_views cv order by cv.views_count desc, cv.id desc`.execute(seeded.db);
    return rows;
  }

  it('has popular comparisons, Gunicorn vs Passenger first, with the related comparisons of the reference page', async () => {
    const comparisons = await viewedComparisons();
    expect(comparisons.length).toBeGreaterThan(50);
    expect(comparisons[0]).toMatchObject({ name: 'gunicorn vs passenger' });
    const names = comparisons.map((comparison) => comparison.name);
    // The reference page's related comparisons, all of whose tools are in the catalogue.
    expect(names).toEqual(
      expect.arrayContaining([
        'bootstrap vs materialize',
        'django vs laravel vs nodejs',
        'bootstrap vs foundation vs material-ui',
        'nodejs vs spring-boot',
        'flyway vs liquibase',
      ]),
    );
    // Related to Gunicorn vs Passenger: others with either tool.
    const related = names.filter((name) => name !== 'gunicorn vs passenger' && /\b(gunicorn|passenger)\b/.test(name));
    expect(related).toEqual(expect.arrayContaining(['gunicorn vs uwsgi', 'nginx vs passenger']));
    // Popular pairs of each function, not only the hand-picked ones.
    expect(names).toEqual(expect.arrayContaining(['mysql vs postgresql']));
    expect(new Set(names).size).toBe(names.length);
  });

  it('has stacks that moved from Gunicorn to Passenger or back, using both, with the decision that says so', async () => {
    const { rows: stacks } = await sql<{ id: number; created: Date; updated: Date }>`
      select s.id, s.created_at as created, s.updated_at as updated from stacks s
      where s.visible
        and exists (select 1 from stack_tools st join tools t on t.id = st.tool_id where st.stack_id = s.id and t.slug = 'gunicorn')
        and exists (select 1 from stack_tools st join tools t on t.id = st.tool_id where st.stack_id = s.id and t.slug = 'passenger')`.execute(seeded.db);
    expect(stacks.length).toBeGreaterThanOrEqual(3);

    const { rows: decisions } = await sql<{ body: string; stackId: number | null }>`
      select d.body, d.stack_id as "stackId" from decisions d
      where d.visible
        and exists (select 1 from decision_tools dt join tools t on t.id = dt.tool_id where dt.decision_id = d.id and t.slug = 'gunicorn')
        and exists (select 1 from decision_tools dt join tools t on t.id = dt.tool_id where dt.decision_id = d.id and t.slug = 'passenger')`.execute(seeded.db);
    const moves = decisions.filter((decision) => /moved from \*\*(Gunicorn|Passenger)\*\* to \*\*(Gunicorn|Passenger)\*\*/.test(decision.body));
    expect(moves.length).toBeGreaterThan(0);
    expect(moves.every((decision) => stacks.some((stack) => stack.id === decision.stackId))).toBe(true);
  });

  it('spreads adoption over the chart\'s months, and says when each stack last changed', async () => {
    const { months, since } = adoptionMonths(TEST_SEED_NOW);
    const { rows } = await sql<{ month: string }>`
      select distinct to_char(date_trunc('month', st.created_at at time zone 'UTC'), 'YYYY-MM') as month
      from stack_tools st join tools t on t.id = st.tool_id
      where t.slug in ('gunicorn', 'passenger') and st.created_at >= ${since}`.execute(seeded.db);
    expect(rows.length).toBeGreaterThanOrEqual(18);
    expect(rows.every((row) => months.includes(row.month))).toBe(true);

    const { rows: stale } = await sql<{ id: number }>`
      select s.id from stacks s
      where s.updated_at <> (select max(st.created_at) from stack_tools st where st.stack_id = s.id) or s.updated_at < s.created_at`.execute(seeded.db);
    expect(stale).toEqual([]);
  });

  it('shows GitHub figures of a recent sync where the catalogue knows the repository, and none elsewhere', async () => {
    const tools = await seeded.db
      .selectFrom('tools')
      .select(['slug', 'github_repo as repo', 'github_stars as stars', 'github_forks as forks', 'github_synced_at as syncedAt'])
      .execute();
    const withRepository = tools.filter((tool) => tool.repo !== null);
    expect(withRepository.length).toBeGreaterThan(100);
    for (const tool of withRepository) {
      expect(tool.stars, tool.slug).toBeGreaterThan(0);
      expect(tool.forks, tool.slug).toBeGreaterThan(0);
      expect(tool.forks!, tool.slug).toBeLessThan(tool.stars!);
      expect(tool.syncedAt!.getTime(), tool.slug).toBeLessThan(TEST_SEED_NOW.getTime());
      expect(tool.syncedAt!.getTime(), tool.slug).toBeGreaterThan(TEST_SEED_NOW.getTime() - 14 * 24 * 3600 * 1000);
    }
    for (const tool of tools.filter((item) => item.repo === null)) expect([tool.stars, tool.forks, tool.syncedAt], tool.slug).toEqual([null, null, null]);
    expect(tools.find((tool) => tool.slug === 'gunicorn')).toMatchObject({ stars: 10_300, forks: 1_800 });
    expect(tools.find((tool) => tool.slug === 'passenger')).toMatchObject({ stars: 5_100, forks: 557 });
  });

  it('changes nothing when run a second time', async () => {
    const before = await fingerprint(seeded.db);
    const result = await seed(seeded.db, { demo: true, now: TEST_SEED_NOW });
    expect(result.demo?.skipped).toBe(true);
    expect(result.recounted).toBe(0);
    expect(await fingerprint(seeded.db)).toEqual(before);
  });

  it('is deterministic: a fresh database seeded with the same date holds the same rows', async () => {
    const fresh = await createEmptyTestDatabase();
    try {
      await migrateToLatest(fresh.db);
      const lines: string[] = [];
      await seed(fresh.db, { demo: true, now: TEST_SEED_NOW, progress: (line) => lines.push(line) });
      expect(lines.some((line) => line.startsWith('tools:'))).toBe(true);
      expect(await fingerprint(fresh.db)).toEqual(await fingerprint(seeded.db));
    } finally {
      await fresh.close();
    }
  });

  it("stores every tool's logo URL, and brings an older database's up to date", async () => {
    const stored = await seeded.db.selectFrom('tools').select(['slug', 'name', 'logo_url']).execute();
    for (const tool of stored) expect(tool.logo_url, tool.slug).toBe(logoUrl(tool));
    expect(stored.find((tool) => tool.slug === 'nginx')?.logo_url).toMatch(/^\/logos\/nginx\.[0-9a-f]{8}\.svg$/);

    // A database from before logos, or from a build whose drawings differ.
    await seeded.db.updateTable('tools').set({ logo_url: null }).where('slug', 'in', ['nginx', 'passenger']).execute();
    await seeded.db.updateTable('tools').set({ logo_url: '/logos/gunicorn.00000000.svg' }).where('slug', '=', 'gunicorn').execute();
    expect(await refreshLogoUrls(seeded.db)).toBe(3);
    expect(await refreshLogoUrls(seeded.db)).toBe(0);
    const refreshed = await seeded.db.selectFrom('tools').select(['slug', 'name', 'logo_url']).where('slug', 'in', ['nginx', 'passenger', 'gunicorn']).execute();
    for (const tool of refreshed) expect(tool.logo_url, tool.slug).toBe(logoUrl(tool));

    // The catalogue sync (db:seed) does it too.
    await seeded.db.updateTable('tools').set({ logo_url: null }).where('slug', '=', 'nginx').execute();
    await seed(seeded.db, { demo: false });
    const nginx = await seeded.db.selectFrom('tools').select(['name', 'logo_url']).where('slug', '=', 'nginx').executeTakeFirstOrThrow();
    expect(nginx.logo_url).toBe(logoUrl({ slug: 'nginx', name: nginx.name }));
  });
});
