import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { measure, type Measurement } from '../bench/measure.js';
import { parseDuration } from '../bench/args.js';
import { PORTS, startCluster } from './cluster.js';

/**
 * `npm run pnpm -- bench:cluster [--duration 10s]`: the public tool page (server-rendered) through nginx with
 * 1, 2 and 3 API replicas, then with nginx's cache on, one after the other in the same run, plus one replica
 * asked directly (what nginx costs). A benchmark, not a test: it prints a table and writes
 * bench/results/<date>-cluster.json. On this machine's two cores, the replicas, nginx, PostgreSQL and the
 * load generator share the CPU, so replicas add little; on a bigger machine each replica is one more core.
 */
const folder = fileURLToPath(new URL('../../../.cluster-bench', import.meta.url));
const resultsDir = fileURLToPath(new URL('../bench/results', import.meta.url));
const durationArg = process.argv.indexOf('--duration');
const durationMs = durationArg >= 0 ? parseDuration(process.argv[durationArg + 1] ?? '') : 10_000;
const CONNECTIONS = 20;

interface Row {
  name: string;
  replicas: number;
  cache: boolean;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  failed: number;
}

const CONFIGS: { name: string; replicas: number; cache: boolean; direct?: boolean }[] = [
  { name: 'one replica, no nginx', replicas: 1, cache: false, direct: true },
  { name: 'nginx, 1 replica', replicas: 1, cache: false },
  { name: 'nginx, 2 replicas', replicas: 2, cache: false },
  { name: 'nginx, 3 replicas', replicas: 3, cache: false },
  { name: 'nginx, 3 replicas, cache on', replicas: 3, cache: true },
];

async function main(): Promise<void> {
  const rows: Row[] = [];
  let page = '';
  for (const [index, config] of CONFIGS.entries()) {
    console.log(`[${index + 1}/${CONFIGS.length}] ${config.name}: starting`);
    const cluster = await startCluster({ folder, replicas: config.replicas, cache: config.cache, rateLimits: false, apiEnv: { LOG_LEVEL: 'warn' } });
    try {
      if (!page) {
        const client = new pg.Client({ connectionString: cluster.primaryUrl });
        await client.connect();
        const { rows: tools } = await client.query<{ slug: string }>('select slug from tools order by stacks_count desc limit 1');
        await client.end();
        page = `/tools/${tools[0]!.slug}`;
      }
      const origin = config.direct ? cluster.apiUrls[0]! : `http://127.0.0.1:${PORTS.nginx}`;
      const plan = { fixed: { method: 'GET' as const, path: page } };
      await measure(origin, plan, CONNECTIONS, 2000);
      console.log(`[${index + 1}/${CONFIGS.length}] ${config.name}: measuring ${page} for ${durationMs / 1000} s at ${CONNECTIONS} connections`);
      const result: Measurement = await measure(origin, plan, CONNECTIONS, durationMs);
      rows.push({ name: config.name, replicas: config.replicas, cache: config.cache, reqPerSec: result.reqPerSec, p50Ms: result.p50Ms, p99Ms: result.p99Ms, failed: result.non2xx + result.errors + result.timeouts });
    } finally {
      await cluster.stop();
    }
  }

  const base = rows.find((row) => row.name === 'nginx, 1 replica')!.reqPerSec;
  console.log(`\nThe public tool page (${page}), ${CONNECTIONS} connections, ${durationMs / 1000} s each, on ${cpus().length} cores:\n`);
  console.log('| setup | req/s | p50 ms | p99 ms | vs nginx, 1 replica | failed |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const row of rows) console.log(`| ${row.name} | ${row.reqPerSec.toFixed(0)} | ${row.p50Ms} | ${row.p99Ms} | ${(row.reqPerSec / base).toFixed(2)}x | ${row.failed} |`);
  const date = new Date();
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${date.toISOString().slice(0, 10)}-cluster.json`);
  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version };
  writeFileSync(file, `${JSON.stringify({ machine, date: date.toISOString(), page, connections: CONNECTIONS, durationSeconds: durationMs / 1000, rows }, null, 2)}\n`);
  console.log(`\nWrote ${file}`);
  if (rows.some((row) => row.failed > 0)) process.exitCode = 1;
}

await main();
