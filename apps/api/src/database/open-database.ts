import { createDatabase, ensurePostgresDatabase, migrateToLatest, type DatabaseHandle } from '@stackyard/db';
import { refreshLogoUrls, seed } from '@stackyard/db/seed';
import type { Logger } from 'pino';
import type { Env } from '../env.js';
import type { ReadRouting } from './read-routing.js';

/**
 * What every request's connection runs with. No parallel query: a request's statements are short, and
 * starting workers for them cost more than it saved (a comparison's integrations took 10 ms with two
 * workers and 1.5 ms without at the benchmark's scale); requests in flight already use every core. And a
 * bound on each statement (DATABASE_STATEMENT_TIMEOUT_MS): one stuck behind a lock gives its connection
 * back and its request a 503, instead of holding both until the lock goes.
 */
function requestSession(env: Env): Record<string, string> {
  return { max_parallel_workers_per_gather: '0', statement_timeout: String(env.DATABASE_STATEMENT_TIMEOUT_MS) };
}

/**
 * The database the environment names: PostgreSQL when DATABASE_URL is set (created on the server when it
 * does not exist yet), the embedded one under STACKYARD_DATA_DIR otherwise. For `requests` (the server),
 * its connections run with the request session's settings; for `maintenance` (migrations, seeding,
 * operator scripts, which may rightly take minutes at scale), with the server's defaults. With `routing` and
 * DATABASE_REPLICA_URL, public reads go to the replica while it keeps up (see read-routing.ts).
 */
export async function connect(env: Env, purpose: 'requests' | 'maintenance' = 'requests', routing: ReadRouting | null = null): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) await ensurePostgresDatabase(env.DATABASE_URL);
  return createDatabase({
    ...(routing && env.DATABASE_REPLICA_URL ? { replica: { url: env.DATABASE_REPLICA_URL, use: routing.use, unreachable: routing.unreachable } } : {}),
    url: env.DATABASE_URL,
    dataDir: env.STACKYARD_DATA_DIR,
    poolSize: purpose === 'requests' ? env.DATABASE_POOL_SIZE : 2,
    queueTimeoutMs: purpose === 'requests' ? env.DATABASE_QUEUE_TIMEOUT_MS : 0,
    ...(purpose === 'requests' ? { sessionSettings: requestSession(env) } : {}),
  });
}

/**
 * Brings a database up to date at start: applies pending migrations and, on a database without a
 * catalogue, seeds what STACKYARD_SEED asks for, printing progress. On one with a catalogue it points the
 * tools at this build's logo files (their names follow their drawings), unless STACKYARD_SEED is none.
 */
export async function prepareDatabase(handle: DatabaseHandle, env: Env, logger: Logger): Promise<void> {
  // PostgreSQL: through connections of their own, without the requests' statement timeout. The embedded
  // database has one connection, this one, and no timeout.
  if (handle.engine === 'postgres') {
    const maintenance = await connect(env, 'maintenance');
    try {
      await migrateAndSeed(maintenance, env, logger);
    } finally {
      await maintenance.close();
    }
  } else {
    await migrateAndSeed(handle, env, logger);
  }
}

async function migrateAndSeed(handle: DatabaseHandle, env: Env, logger: Logger): Promise<void> {
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
