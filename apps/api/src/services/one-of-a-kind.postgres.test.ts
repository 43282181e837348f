import { createDatabase, type DatabaseHandle } from '@stackyard/db';
import { createTestDatabase, testServerUrl, urlForDatabase } from '@stackyard/db/testing';
import { sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGithubClient } from '../github/github-client.js';
import { startFakeGithub, type FakeGithub } from '../testing/fake-github.js';
import { scheduleGithubStatsSync } from './github-stats-service.js';
import { runOneOfAKind } from './one-of-a-kind.js';

/** Three API replicas' databases: three pools on one PostgreSQL database. */
describe('periodic work with several replicas on one database', () => {
  let first: DatabaseHandle;
  let replicas: DatabaseHandle[];
  let github: FakeGithub;

  beforeAll(async () => {
    first = await createTestDatabase();
    const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(first.db);
    const url = urlForDatabase(testServerUrl(), rows[0]!.name);
    replicas = [first, createDatabase({ url }), createDatabase({ url })];
    github = await startFakeGithub();
  });
  afterAll(async () => {
    await github?.close();
    for (const replica of replicas.slice(1)) await replica.close();
    await first?.close();
  });

  it('runs in one of them at a time, and again in whichever asks first once it is done, even after a failure', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let runs = 0;
    const work = async () => {
      runs += 1;
      await held;
      return 'done';
    };
    const answered: boolean[] = [];
    const attempts = replicas.map((replica) => runOneOfAKind(replica, 'probe', work).then((outcome) => (answered.push(outcome.ran), outcome)));
    // The two that did not get the lock answer at once, while the one that did is still running.
    await expect.poll(() => answered.length).toBe(2);
    expect(answered).toEqual([false, false]);
    expect(runs).toBe(1);
    release();
    const outcomes = await Promise.all(attempts);
    expect(outcomes.filter((outcome) => outcome.ran)).toEqual([{ ran: true, value: 'done' }]);
    expect(runs).toBe(1);

    await expect(runOneOfAKind(replicas[2]!, 'probe', () => Promise.reject(new Error('the job failed')))).rejects.toThrow('the job failed');
    expect(await runOneOfAKind(replicas[1]!, 'probe', async () => 'again')).toEqual({ ran: true, value: 'again' });
  });

  it('asks GitHub for each repository once when every replica starts its stats sync at the same moment', async () => {
    github.repositories.set('phusion/passenger', { stargazers_count: 5100, forks_count: 557, license: { spdx_id: 'MIT' }, pushed_at: '2026-10-30T12:00:00Z' });
    github.repositories.set('benoitc/gunicorn', { stargazers_count: 10300, forks_count: 1800, license: null, pushed_at: '2026-10-29T08:30:00Z' });
    await first.db.updateTable('tools').set({ github_synced_at: null }).execute();
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const schedules = replicas.map((replica) => scheduleGithubStatsSync(replica, createGithubClient({ baseUrl: github.url }), logger, 3_600_000));
    await expect.poll(() => lines.filter((line) => /GitHub stats sync (finished|skipped)/.test(String(line.msg))).length, { timeout: 30_000 }).toBe(3);
    for (const schedule of schedules) await schedule.stop();

    expect(lines.filter((line) => line.msg === 'GitHub stats sync finished')).toHaveLength(1);
    // One request per tool with a repository (a few tools share one), as one run asks: not three runs' worth.
    const { rows: tools } = await sql<{ count: number }>`select count(*)::int as count from tools where github_repo is not null`.execute(first.db);
    expect(tools[0]!.count).toBeGreaterThan(2);
    expect(github.requests).toHaveLength(tools[0]!.count);
  });
});
