import { catalogueTools } from '@stackyard/catalogue';
import { logoUrl } from '@stackyard/catalogue/logos';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCounterDrift } from '../counters.js';
import type { DatabaseHandle } from '../database.js';
import { migrateToLatest } from '../migrator.js';
import type { Database } from '../schema.js';
import { TEST_SEED_NOW, createEmptyTestDatabase, createTestDatabase } from '../testing/index.js';
import { refreshLogoUrls, seed } from './index.js';
import type { Kysely } from 'kysely';

const tables = [
  'users', 'layers', 'categories', 'functions', 'tools', 'tool_integrations', 'reasons', 'reason_votes', 'stacks',
  'stack_tools', 'follows', 'decisions', 'decision_tools', 'decision_votes', 'events', 'event_tools',
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
