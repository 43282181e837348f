import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { LogEvent } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { createDatabase, type DatabaseHandle } from '../database.js';
import { testEngine, testServerUrl, urlForDatabase } from './engines.js';
import './provided-context.js';

export { TEST_SEED_NOW, testEngine, testServerUrl, urlForDatabase } from './engines.js';

export interface TestDatabaseOptions {
  onQuery?: (event: LogEvent) => void;
  poolSize?: number;
  /** Longest wait for a connection before DatabaseBusyError (see DatabaseOptions); none by default. */
  queueTimeoutMs?: number;
}

/**
 * A database of this test file's own, cloned from the run's migrated and seeded template, on the engine of
 * the current vitest project. Close it in afterAll: that also drops it.
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<DatabaseHandle> {
  if (testEngine() === 'pglite') {
    const template = await readFile(inject('pgliteTemplate'));
    return createDatabase({ dataDir: 'memory://', loadDataDir: new Blob([template]), onQuery: options.onQuery, queueTimeoutMs: options.queueTimeoutMs });
  }
  const template = inject('postgresTemplate');
  const name = `${template}_${randomBytes(4).toString('hex')}`;
  await withServer((client) => client.query(`create database ${name} template ${template}`));
  const handle = createDatabase({
    url: urlForDatabase(testServerUrl(), name),
    poolSize: options.poolSize,
    onQuery: options.onQuery,
    queueTimeoutMs: options.queueTimeoutMs,
  });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await withServer((client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

/** An empty database (no migrations) on the current engine, for migration tests. */
export async function createEmptyTestDatabase(): Promise<DatabaseHandle> {
  if (testEngine() === 'pglite') return createDatabase({ dataDir: 'memory://' });
  const name = `stackyard_empty_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withServer((client) => client.query(`create database ${name}`));
  const handle = createDatabase({ url: urlForDatabase(testServerUrl(), name), poolSize: 2 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await withServer((client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

/** Runs `work` with a client of the test PostgreSQL server itself (to create and drop databases). */
export async function withServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
