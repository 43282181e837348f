import path from 'node:path';
import { findCounterDrift } from '@stackyard/db';
import { connect } from '../database/open-database.js';
import { restore } from '../database/backups.js';
import { loadEnv } from '../env.js';
import { AppError } from '../errors/app-error.js';
import { countRowsPerTable } from '../repositories/maintenance-repository.js';
import { describeRows } from './operator-commands.js';

/**
 * `pnpm restore FILE`: puts a backup back into an empty database, the one DATABASE_URL names (a .pgdump) or
 * an empty STACKYARD_DATA_DIR (a .tar.gz), all of it or nothing; then counts what arrived and checks every
 * cached counter against the rows it counts. A database that already holds data is never touched.
 */
const env = loadEnv();
const [file, ...rest] = process.argv.slice(2);
if (!file || rest.length > 0) {
  console.error('Usage: npm run pnpm -- restore <backup file>   (into an empty DATABASE_URL or STACKYARD_DATA_DIR)');
  process.exit(1);
}
const started = performance.now();
try {
  console.log(`Restoring ${path.resolve(file)}:`);
  const database = await restore(path.resolve(file), { url: env.DATABASE_URL, dataDir: env.STACKYARD_DATA_DIR }, () => connect(env, 'maintenance'), (step) =>
    console.log(`  ${step}`),
  );
  try {
    const drift = await findCounterDrift(database.db);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Restored ${describeRows(await countRowsPerTable(database.db))} in ${seconds} s.`);
    if (drift.length > 0) {
      console.error(`But ${drift.length} cached counters differ from their rows: ${drift.slice(0, 5).map((row) => `${row.counter} #${row.id}`).join(', ')}`);
      process.exitCode = 1;
    } else {
      console.log('Every cached counter matches its rows. Start the server on it: it applies any newer migrations.');
    }
  } finally {
    await database.close();
  }
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
