import { migrateToLatest } from '@stackyard/db';
import { seed } from '@stackyard/db/seed';
import { connect } from '../database/open-database.js';
import { loadEnv } from '../env.js';

/**
 * `pnpm db:seed [--catalogue-only]`: writes the catalogue and the demo community (once), printing progress.
 * Safe to run again: a second run changes nothing.
 */
const env = loadEnv();
const database = await connect(env);
const started = performance.now();
try {
  await migrateToLatest(database.db);
  const result = await seed(database.db, {
    demo: !process.argv.includes('--catalogue-only'),
    progress: (line) => console.log(`  ${line}`),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Seeded ${result.catalogue.tools} tools${result.demo && !result.demo.skipped ? ` and ${result.demo.users} people` : ''} in ${seconds} s.`);
} finally {
  await database.close();
}
