import { testServerUrl } from '@stackyard/db/testing';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { parseEnv } from '../env.js';
import { connect } from './open-database.js';

/** The server's pooled connections run requests' short statements without parallel workers. */
describe("the server's connections to PostgreSQL", () => {
  it('start no parallel workers for a statement, on every connection of the pool', async () => {
    const handle = await connect(parseEnv({ DATABASE_URL: testServerUrl(), STACKYARD_SEED: 'none' }));
    try {
      // Several at once, so that the pool opens several connections.
      const settings = await Promise.all(
        Array.from({ length: 4 }, () =>
          sql<{ value: string; backend: number }>`select current_setting('max_parallel_workers_per_gather') as value, pg_backend_pid() as backend, pg_sleep(0.05)`.execute(handle.db),
        ),
      );
      const rows = settings.map((result) => result.rows[0]!);
      expect(new Set(rows.map((row) => row.backend)).size).toBeGreaterThan(1);
      expect(rows.map((row) => row.value)).toEqual(['0', '0', '0', '0']);
    } finally {
      await handle.close();
    }
  });

  it('cancel a statement stuck behind a lock past DATABASE_STATEMENT_TIMEOUT_MS, which leaves the lock holder be; maintenance has no bound', async () => {
    const env = parseEnv({ DATABASE_URL: testServerUrl(), STACKYARD_SEED: 'none', DATABASE_STATEMENT_TIMEOUT_MS: '300' });
    const requests = await connect(env);
    const maintenance = await connect(env, 'maintenance');
    try {
      expect((await sql<{ value: string }>`select current_setting('statement_timeout') as value`.execute(requests.db)).rows[0]!.value).toBe('300ms');
      expect((await sql<{ value: string }>`select current_setting('statement_timeout') as value`.execute(maintenance.db)).rows[0]!.value).toBe('0');

      // A hot row: maintenance holds an advisory lock for a second, a request's statement waits for it.
      const key = 720_301;
      let release = () => {};
      const holding = maintenance.db.connection().execute(async (connection) => {
        await sql`select pg_advisory_lock(${key})`.execute(connection);
        await new Promise<void>((resolve) => (release = resolve));
        await sql`select pg_advisory_unlock(${key})`.execute(connection);
      });
      await expect.poll(async () => (await sql<{ held: number }>`select count(*)::int as held from pg_locks where locktype = 'advisory' and objid = ${key}`.execute(requests.db)).rows[0]!.held).toBe(1);
      const started = performance.now();
      const stuck = await sql`select pg_advisory_lock(${key})`.execute(requests.db).catch((error: unknown) => error);
      expect(performance.now() - started).toBeLessThan(3000);
      expect((stuck as { code?: string }).code).toBe('57014');
      release();
      await holding;
    } finally {
      await requests.close();
      await maintenance.close();
    }
  });
});
