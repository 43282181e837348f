import { createDatabase, ensurePostgresDatabase, migrateToLatest, type DatabaseHandle } from '@stackyard/db';
import { refreshLogoUrls, seed } from '@stackyard/db/seed';
import type { Logger } from 'pino';
import type { Env } from '../env.js';

/**
 * What every request's connection runs with. No parallel query: a request's statements are short, and
 * starting workers for them cost more than it saved (a comparison's integrations took 10 ms with two
 * workers and 1.5 ms without at the benchmark's scale); requests in flight already use every core.
 */
const REQUEST_SESSION = { max_parallel_workers_per_gather: '0' };

/**
 * The database the environment names: PostgreSQL when DATABASE_URL is set (created on the server when it
 * does not exist yet), the embedded one under STACKYARD_DATA_DIR otherwise.
 */
export async function connect(env: Env): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) await ensurePostgresDatabase(env.DATABASE_URL);
  return createDatabase({
    url: env.DATABASE_URL,
    dataDir: env.STACKYARD_DATA_DIR,
    poolSize: env.DATABASE_POOL_SIZE,
    queueTimeoutMs: env.DATABASE_QUEUE_TIMEOUT_MS,
    sessionSettings: REQUEST_SESSION,
  });
}

/**
 * Brings a database up to date at start: applies pending migrations and, on a database without a
 * catalogue, seeds what STACKYARD_SEED asks for, printing progress. On one with a catalogue it points the
 * tools at this build's logo files (their names follow their drawings), unless STACKYARD_SEED is none.
 */
export async function prepareDatabase(handle: DatabaseHandle, env: Env, logger: Logger): Promise<void> {
  const applied = await migrateToLatest(handle.db);
  if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
  if (env.STACKYARD_SEED === 'none') return;
  const existing = await handle.db.selectFrom('tools').select('id').limit(1).executeTakeFirst();
  if (existing) {
    const refreshed = await refreshLogoUrls(handle.db);
    if (refreshed > 0) logger.info(`logos: ${refreshed} ${refreshed === 1 ? 'tool now names' : 'tools now name'} this build's logo files`);
    return;
  }
  logger.info(`seeding an empty database (${env.STACKYARD_SEED})`);
  await seed(handle.db, { demo: env.STACKYARD_SEED === 'demo', progress: (line) => logger.info(`seed: ${line}`) });
}
