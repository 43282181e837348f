import type { DatabaseHandle } from '@stackyard/db';
import { createTestDatabase } from '@stackyard/db/testing';
import { pino, type Logger } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGithubClient } from '../github/github-client.js';
import { startFakeGithub, type FakeGithub } from '../testing/fake-github.js';
import { scheduleGithubStatsSync, syncGithubStats } from './github-stats-service.js';

/** A logger whose entries the test can read. */
function capturingLogger(): { logger: Logger; entries: Record<string, unknown>[] } {
  const entries: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void entries.push(JSON.parse(line)) });
  return { logger, entries };
}

const earlierSync = new Date('2026-10-01T00:00:00Z');

describe('the GitHub stats sync', () => {
  let database: DatabaseHandle;
  let github: FakeGithub;

  const stats = (slug: string) =>
    database.db
      .selectFrom('tools')
      .select(['github_stars as stars', 'github_forks as forks', 'license', 'github_pushed_at as pushedAt', 'github_synced_at as syncedAt'])
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    database = await createTestDatabase();
    github = await startFakeGithub();
    github.repositories.set('phusion/passenger', {
      stargazers_count: 5100,
      forks_count: 557,
      license: { spdx_id: 'MIT' },
      pushed_at: '2026-10-30T12:00:00Z',
    });
    github.repositories.set('benoitc/gunicorn', {
      stargazers_count: 10300,
      forks_count: 1800,
      license: { spdx_id: 'NOASSERTION' },
      pushed_at: '2026-10-29T08:30:00Z',
    });
    // A value from an earlier sync, for a tool the fake does not know: it must survive the 404.
    await database.db.updateTable('tools').set({ github_stars: 777, github_synced_at: earlierSync }).where('slug', '=', 'nginx').execute();
  });
  afterAll(async () => {
    await github.close();
    await database.close();
  });
  beforeEach(() => {
    github.override = null;
    github.requests.length = 0;
  });

  it('refreshes stars, forks, licence and last push; a failure keeps the old values and is logged', async () => {
    const { logger, entries } = capturingLogger();
    const client = createGithubClient({ baseUrl: github.url, token: 'test-token' });
    const now = new Date('2026-11-02T00:00:00Z');
    // The demo's figures, as of a sync a few days before its "now": the real sync replaces them.
    const demo = await stats('passenger');
    expect(demo).toMatchObject({ stars: 5100, forks: 557, pushedAt: null });
    expect(demo.syncedAt!.getTime()).toBeLessThan(now.getTime());

    const result = await syncGithubStats(database.db, client, logger, { clock: () => now });

    const withRepository = await database.db
      .selectFrom('tools')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('github_repo', 'is not', null)
      .executeTakeFirstOrThrow();
    expect(result).toEqual({ considered: withRepository.count, updated: 2, failed: withRepository.count - 2, skipped: 0, rateLimitedUntil: null });
    expect(github.requests).toHaveLength(withRepository.count);

    expect(await stats('passenger')).toEqual({
      stars: 5100,
      forks: 557,
      license: 'MIT',
      pushedAt: new Date('2026-10-30T12:00:00Z'),
      syncedAt: now,
    });
    // GitHub could not name Gunicorn's licence: the one we know stays.
    expect(await stats('gunicorn')).toMatchObject({ stars: 10300, forks: 1800, license: 'MIT', syncedAt: now });
    expect(await stats('nginx')).toMatchObject({ stars: 777, syncedAt: earlierSync });
    expect(entries).toContainEqual(expect.objectContaining({ level: 40, tool: 'nginx', reason: 'repository not found' }));

    const asked = github.requests.find((request) => request.path === '/repos/phusion/passenger');
    expect(asked?.headers).toMatchObject({
      authorization: 'Bearer test-token',
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
    });
    expect(asked?.headers['user-agent']).toMatch(/stackyard/);
  });

  it('stops at a 403 rate-limit answer, keeps the old values, and sends nothing until the reset', async () => {
    let clock = Date.parse('2026-11-03T00:00:00Z');
    const reset = clock / 1000 + 600;
    const { logger, entries } = capturingLogger();
    const client = createGithubClient({ baseUrl: github.url, now: () => clock });
    github.repositories.get('phusion/passenger')!.stargazers_count = 9999;
    github.override = {
      status: 403,
      headers: { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      body: { message: 'API rate limit exceeded for 127.0.0.1.' },
    };

    const first = await syncGithubStats(database.db, client, logger, { clock: () => new Date(clock) });
    expect(first.updated).toBe(0);
    expect(first.rateLimitedUntil).toEqual(new Date(reset * 1000));
    expect(first.skipped).toBe(first.considered);
    expect(github.requests).toHaveLength(1);
    expect(await stats('passenger')).toMatchObject({ stars: 5100, forks: 557 });
    expect(entries).toContainEqual(expect.objectContaining({ level: 40, msg: expect.stringMatching(/rate limit/) }));

    // Backing off: a run before the reset asks GitHub nothing.
    github.override = null;
    clock += 300_000;
    const second = await syncGithubStats(database.db, client, logger, { clock: () => new Date(clock) });
    expect(second.rateLimitedUntil).toEqual(new Date(reset * 1000));
    expect(github.requests).toHaveLength(1);
    expect(client.blockedUntil()).toEqual(new Date(reset * 1000));

    clock = reset * 1000 + 1;
    const third = await syncGithubStats(database.db, client, logger, { clock: () => new Date(clock) });
    expect(third.updated).toBe(2);
    expect(await stats('passenger')).toMatchObject({ stars: 9999 });
  });

  it('waits as long as retry-after says after a 429, and as x-ratelimit-reset says after a last allowed request', async () => {
    let clock = Date.parse('2026-11-04T00:00:00Z');
    const client = createGithubClient({ baseUrl: github.url, now: () => clock });

    github.override = { status: 429, headers: { 'retry-after': '30' }, body: { message: 'secondary rate limit' } };
    expect(await client.getRepository('phusion/passenger')).toEqual({ kind: 'rate_limited', until: new Date(clock + 30_000) });
    github.override = null;
    expect((await client.getRepository('phusion/passenger')).kind).toBe('rate_limited');
    expect(github.requests).toHaveLength(1);

    clock += 30_001;
    const reset = clock / 1000 + 120;
    github.override = {
      status: 200,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      body: { stargazers_count: 1, forks_count: 2, license: null, pushed_at: null },
    };
    expect(await client.getRepository('phusion/passenger')).toEqual({
      kind: 'ok',
      stats: { stars: 1, forks: 2, license: null, pushedAt: null },
    });
    expect(await client.getRepository('benoitc/gunicorn')).toEqual({ kind: 'rate_limited', until: new Date(reset * 1000) });
    expect(github.requests).toHaveLength(2);
  });

  it('treats a 403 without rate-limit headers, a 500 and an unreadable body as failures, not as limits', async () => {
    const client = createGithubClient({ baseUrl: github.url });
    github.override = { status: 403, body: { message: 'Repository access blocked' } };
    expect((await client.getRepository('phusion/passenger')).kind).toBe('failed');
    github.override = { status: 500, body: { message: 'Server Error' } };
    expect((await client.getRepository('phusion/passenger')).kind).toBe('failed');
    github.override = { status: 200, body: { stargazers_count: 'many' } };
    expect((await client.getRepository('phusion/passenger')).kind).toBe('failed');
    expect(client.blockedUntil()).toBeNull();
    expect(github.requests).toHaveLength(3);
  });

  it('runs on a schedule, skipping tools synced within the last half interval', async () => {
    const { logger, entries } = capturingLogger();
    github.repositories.get('benoitc/gunicorn')!.stargazers_count = 12345;
    await database.db.updateTable('tools').set({ github_synced_at: null }).where('slug', '=', 'gunicorn').execute();
    const client = createGithubClient({ baseUrl: github.url });
    const finished = () => entries.filter((entry) => entry.msg === 'GitHub stats sync finished').length;

    const schedule = scheduleGithubStatsSync(database, client, logger, 3_600_000);
    await expect.poll(finished, { timeout: 10_000 }).toBe(1);
    await schedule.stop();
    expect(await stats('gunicorn')).toMatchObject({ stars: 12345 });

    // Both were just synced; say Passenger's sync was long ago: only it is stale now.
    await database.db.updateTable('tools').set({ github_synced_at: '2026-01-01T00:00:00Z' }).where('slug', '=', 'passenger').execute();
    github.requests.length = 0;
    const again = scheduleGithubStatsSync(database, client, logger, 3_600_000);
    await expect.poll(finished, { timeout: 10_000 }).toBe(2);
    await again.stop();
    const asked = github.requests.map((request) => request.path);
    expect(asked).toContain('/repos/phusion/passenger');
    expect(asked).not.toContain('/repos/benoitc/gunicorn');
  });
});
