/**
 * `pnpm bench:data [--scale S]`: drops and creates the scale dataset's database (BENCH_DATABASE_URL, see
 * env.ts) and loads it at scale S (1 by default: 100k people, 20k tools, 50k stacks, 10M follows, 2M
 * events), printing each step's rows and seconds. The loading itself lives in @stackyard/db/scale.
 */
import { parseArgs } from 'node:util';
import { createDatabase } from '@stackyard/db';
import { BENCH_FOLLOWER, BENCH_PASSWORD, BENCH_USER, createScaleDatabase, loadScaleData } from '@stackyard/db/scale';
import { benchDatabaseUrl, loadEnv } from '../src/env.js';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' } } });
const scale = Number(values.scale);
if (!Number.isFinite(scale) || scale <= 0 || scale > 20) {
  console.error(`--scale takes a number above 0 and at most 20 (not ${values.scale})`);
  process.exit(2);
}

const url = benchDatabaseUrl(loadEnv());
const shown = new URL(url);
if (shown.password) shown.password = '***';
console.log(`Loading the scale dataset at scale ${scale} into ${shown}`);

const started = performance.now();
await createScaleDatabase(url);
const database = createDatabase({ url, poolSize: 3 });
try {
  const mark = await loadScaleData(database.db, {
    scale,
    progress: ({ name, rows, seconds }) =>
      console.log(`  ${name.padEnd(34)} ${(rows === null ? '' : rows.toLocaleString('en')).padStart(12)} ${seconds.toFixed(1).padStart(7)} s`),
  });
  console.log(`Loaded in ${((performance.now() - started) / 1000).toFixed(1)} s:`);
  for (const [table, rows] of Object.entries(mark.rows)) console.log(`  ${table.padEnd(16)} ${rows.toLocaleString('en').padStart(12)}`);
  console.log(`Sign in as ${BENCH_USER} (or any bench-user-N) or ${BENCH_FOLLOWER} with the password ${BENCH_PASSWORD}.`);
} finally {
  await database.close();
}
