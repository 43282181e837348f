/**
 * `pnpm bench`: throughput of the main read endpoints as a ratio of a bare endpoint's, measured in the
 * same run on the same machine (absolute numbers mean little on shared, noisy machines; ratios travel).
 * Runs the real server over the embedded database (or DATABASE_URL) with the demo data, rate limits off.
 */
import autocannon from 'autocannon';
import { createDatabase, ensurePostgresDatabase, migrateToLatest } from '@stackyard/db';
import { seed } from '@stackyard/db/seed';
import { pino } from 'pino';
import { defaultConfig } from '../src/config.js';
import { loadEnv } from '../src/env.js';
import { startServer } from '../src/server.js';
import { createComparisonViewCounter } from '../src/services/comparison-view-counter.js';

interface Target {
  path: string;
  /** Lowest acceptable throughput as a share of the bare endpoint's. */
  floor: number;
}

const CEILING = '/api/health';
const targets: Target[] = [
  { path: '/api/v1/tools?limit=20', floor: 0.2 },
  { path: '/api/v1/tools/passenger', floor: 0.08 },
  { path: '/api/v1/compare?tools=gunicorn,passenger', floor: 0.04 },
  // The first keystroke takes the prefix index only; from three characters trigrams join in.
  { path: '/api/v1/search?q=n', floor: 0.1 },
  { path: '/api/v1/search?q=ngi', floor: 0.05 },
  { path: '/api/v1/feed/public?limit=20', floor: 0.08 },
  { path: '/api/v1/categories', floor: 0.2 },
];

const env = loadEnv();
const seconds = Number(process.argv.find((arg) => arg.startsWith('--seconds='))?.split('=')[1] ?? 5);

async function measure(url: string): Promise<{ rps: number; p99: number; errors: number }> {
  const result = await autocannon({ url, connections: 10, duration: seconds });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

if (env.DATABASE_URL) await ensurePostgresDatabase(env.DATABASE_URL);
const database = createDatabase({ url: env.DATABASE_URL, dataDir: 'memory://' });
console.log(`Preparing ${database.engine} with the demo data...`);
await migrateToLatest(database.db);
await seed(database.db, { demo: true, progress: (line) => console.log(`  seed: ${line}`) });
const logger = pino({ level: 'silent' });
const comparisonViews = createComparisonViewCounter(database.db, logger);
const server = await startServer(
  {
    comparisonViews,
    db: database.db,
    engine: database.engine,
    logger,
    webDir: null,
    config: defaultConfig({ rateLimits: { ...defaultConfig().rateLimits, enabled: false } }),
    clock: () => new Date(),
    rateLimitBackend: { kind: 'memory' },
  },
  0,
);

let failed = false;
try {
  console.log(`Measuring the ceiling ${CEILING} for ${seconds} s...`);
  const ceiling = await measure(`${server.url}${CEILING}`);
  console.log(`  ${ceiling.rps.toFixed(0)} req/s\n`);
  console.log(['endpoint'.padEnd(44), 'req/s'.padStart(8), 'p99 ms'.padStart(8), 'ratio'.padStart(7), 'floor'.padStart(7), ''].join(' '));
  for (const target of targets) {
    const result = await measure(`${server.url}${target.path}`);
    const ratio = result.rps / ceiling.rps;
    const ok = ratio >= target.floor && result.errors === 0;
    failed ||= !ok;
    console.log(
      [
        target.path.padEnd(44),
        result.rps.toFixed(0).padStart(8),
        String(result.p99).padStart(8),
        ratio.toFixed(2).padStart(7),
        target.floor.toFixed(2).padStart(7),
        ok ? 'ok' : result.errors ? `FAIL (${result.errors} errors)` : 'FAIL',
      ].join(' '),
    );
  }
} finally {
  await server.close();
  await comparisonViews.stop();
  await database.close();
}
process.exitCode = failed ? 1 : 0;
