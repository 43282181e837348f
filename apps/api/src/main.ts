import { configFromEnv } from './config.js';
import { listenForContentChanges } from './database/content-changes.js';
import { connect, prepareDatabase } from './database/open-database.js';
import { createReadRouting } from './database/read-routing.js';
import { loadEnv } from './env.js';
import { createGithubClient } from './github/github-client.js';
import { createLogger } from './logger.js';
import { createMetrics } from './metrics.js';
import { openRateLimitBackend } from './rate-limit-backend.js';
import { listenForOperators, type OperatorListener } from './scripts/operator-channel.js';
import { startServer } from './server.js';
import { createComparisonViewCounter } from './services/comparison-view-counter.js';
import { scheduleGithubStatsSync } from './services/github-stats-service.js';
import { scheduleOpenDataDumps } from './services/open-data-service.js';

/** How often comparison views counted in memory are saved. */
const COMPARISON_VIEWS_FLUSH_MS = 5_000;

/** Starts Stackyard: database up to date, API and web app on one port, clean exit on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const env = loadEnv();
  // Before anything is opened: a configuration the server cannot run with stops it here, named.
  const config = configFromEnv(env);
  const logger = createLogger(env);
  const readRouting = env.DATABASE_REPLICA_URL ? createReadRouting(env.DATABASE_REPLICA_MAX_LAG_MS) : null;
  const database = await connect(env, 'requests', readRouting);
  await prepareDatabase(database, env, logger);
  const metrics = createMetrics(database.poolStats ?? null);
  const replicaMonitor = readRouting?.monitor(database, metrics, logger) ?? null;

  const rateLimits = await openRateLimitBackend(env.REDIS_URL, logger);
  // Kept answers hear of new content from the primary's notices rather than asking on each request. Not
  // with a replica, where they are looked up: a notice can arrive before the replica has what it announces.
  const contentChanges = database.engine === 'postgres' && env.DATABASE_URL && !readRouting ? listenForContentChanges(env.DATABASE_URL, logger) : null;
  const comparisonViews = createComparisonViewCounter(database.db, logger);
  comparisonViews.start(COMPARISON_VIEWS_FLUSH_MS);

  const running = await startServer(
    {
      db: database.db,
      engine: database.engine,
      logger,
      webDir: env.STACKYARD_WEB_DIR,
      webDevSource: env.STACKYARD_WEB_DEV === 'on' ? env.STACKYARD_WEB_SOURCE : null,
      config,
      clock: () => new Date(),
      rateLimitBackend: rateLimits.backend,
      comparisonViews,
      metrics,
      readRouting,
      contentChanges,
    },
    env.PORT,
    env.HOST,
  );
  logger.info({ engine: database.engine }, `Stackyard is listening on ${running.url}`);
  // The embedded database is this process's alone (its directory is locked): the operator scripts run their
  // commands in here. Without the socket they still refuse cleanly, naming this process.
  let operators: OperatorListener | null = null;
  if (database.dataDir && process.platform !== 'win32') {
    operators = await listenForOperators(database.dataDir, database, logger).catch((error: unknown) => {
      logger.warn({ err: error }, 'operator commands are off: stop the server to run db:migrate, db:seed, user:role or stats:sync');
      return null;
    });
  }
  const statsSync =
    env.GITHUB_SYNC_INTERVAL_MINUTES > 0
      ? scheduleGithubStatsSync(
          database,
          createGithubClient({ baseUrl: env.GITHUB_API_URL, token: env.GITHUB_TOKEN }),
          logger,
          env.GITHUB_SYNC_INTERVAL_MINUTES * 60_000,
        )
      : null;
  const dumps = env.STACKYARD_DUMP_INTERVAL_HOURS > 0 ? scheduleOpenDataDumps(database, config.dumpDir, logger, env.STACKYARD_DUMP_INTERVAL_HOURS * 3_600_000) : null;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received: finishing in-flight requests`);
    const forced = setTimeout(() => {
      logger.error('requests did not finish within 10 s; exiting');
      process.exit(1);
    }, 10_000);
    forced.unref();
    await running.close();
    await operators?.close();
    // Views counted since the last flush, a stats sync and a dump in progress all need the database still open.
    await comparisonViews.stop();
    await statsSync?.stop();
    await dumps?.stop();
    replicaMonitor?.stop();
    await contentChanges?.close();
    await rateLimits.close();
    await database.close();
    logger.info('stopped cleanly');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
