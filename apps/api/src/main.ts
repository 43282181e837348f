import { configFromEnv } from './config.js';
import { connect, prepareDatabase } from './database/open-database.js';
import { loadEnv } from './env.js';
import { createLogger } from './logger.js';
import { openRateLimitBackend } from './rate-limit-backend.js';
import { startServer } from './server.js';

/** Starts Stackyard: database up to date, API and web app on one port, clean exit on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const env = loadEnv();
  const logger = createLogger(env);
  const database = await connect(env);
  await prepareDatabase(database, env, logger);

  const rateLimits = await openRateLimitBackend(env.REDIS_URL, logger);

  const running = await startServer(
    {
      db: database.db,
      engine: database.engine,
      logger,
      webDir: env.STACKYARD_WEB_DIR,
      config: configFromEnv(env),
      clock: () => new Date(),
      rateLimitBackend: rateLimits.backend,
    },
    env.PORT,
    env.HOST,
  );
  logger.info({ engine: database.engine }, `Stackyard is listening on ${running.url}`);

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
