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
});
