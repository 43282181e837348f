import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase, findCounterDrift } from '@stackyard/db';
import pg from 'pg';
import { startCluster, type Cluster } from './cluster.js';
import { startLoad, type Outcome, type Writer } from './load.js';

/**
 * `npm run pnpm -- faults [--quick]`: the faults a deployment meets, each under a steady mixed load through
 * nginx, against the cluster (apps/api/cluster/cluster.ts) started in a folder of its own. Each scenario
 * ends by checking that every vote the API acknowledged is in the primary and that findCounterDrift finds
 * nothing. `--quick` (CI) runs the three shortest, `--only WORD` those whose name holds WORD. All traffic stays on 127.0.0.1; every wait is bounded.
 */
const folder = fileURLToPath(new URL('../../../.cluster-faults', import.meta.url));
const quick = process.argv.includes('--quick');
/** `--only WORD`: the scenarios whose name holds WORD (one fault at a time, while working on it). */
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
/** Longest any request of the load may take: one that takes longer counts as hanging. */
const REQUEST_TIMEOUT_MS = 10_000;
const STATEMENT_TIMEOUT_MS = 3000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Verdict {
  name: string;
  sent: number;
  failed: number;
  writesChecked: number;
  drift: number;
  problems: string[];
}

interface Run {
  cluster: Cluster;
  primary: pg.Pool;
  reads: string[];
  members: Writer[];
  hotReason: number;
  logOffsets(): Record<string, number>;
}

type Scenario = { name: string; quick: boolean; fault: (run: Run, outcomes: Outcome[]) => Promise<string[]>; hot?: boolean };

const isFailure = (outcome: Outcome) => outcome.status === 0 || outcome.status >= 500;

const SCENARIOS: Scenario[] = [
  {
    name: 'kill -9 one API replica',
    quick: true,
    fault: async ({ cluster }, outcomes) => {
      const killedAt = Date.now();
      await cluster.stopApi(1, 'SIGKILL');
      await sleep(4000);
      await cluster.startApi(1);
      await sleep(1000);
      const killed = new URL(cluster.apiUrls[1]!).host;
      const problems: string[] = [];
      const failedReads = outcomes.filter((outcome) => outcome.kind === 'read' && isFailure(outcome));
      if (failedReads.length > 0) problems.push(`${failedReads.length} reads failed (they are retried on another replica)`);
      const stray = outcomes.filter(
        (outcome) => outcome.kind === 'write' && isFailure(outcome) && !(outcome.upstream?.includes(killed) && outcome.startedAt <= killedAt && outcome.endedAt >= killedAt),
      );
      if (stray.length > 0) problems.push(`${stray.length} failed writes were not in flight on the killed replica`);
      return problems;
    },
  },
  {
    name: 'the read replica stopped',
    quick: true,
    fault: async ({ cluster }, outcomes) => {
      await cluster.stopService('replica');
      await sleep(4000);
      await cluster.startService('replica');
      await sleep(2000);
      const failed = outcomes.filter(isFailure).length;
      return failed > 0 ? [`${failed} requests failed while reads moved to the primary`] : [];
    },
  },
  {
    name: 'Redis stopped',
    quick: true,
    fault: async ({ cluster, logOffsets }, outcomes) => {
      const before = logOffsets();
      await cluster.stopService('redis');
      await sleep(4000);
      await cluster.startService('redis');
      await sleep(3000);
      const problems: string[] = [];
      const failed = outcomes.filter(isFailure).length;
      if (failed > 0) problems.push(`${failed} requests failed`);
      let warned = 0;
      let back = 0;
      for (const [name, offset] of Object.entries(before)) {
        const text = readFileSync(path.join(folder, 'logs', `${name}.log`), 'utf8').slice(offset);
        const warnings = text.split('\n').filter((line) => line.includes('Redis does not answer')).length;
        if (warnings > 1) problems.push(`${name} warned ${warnings} times about one outage`);
        warned += warnings;
        back += text.includes('Redis is back') ? 1 : 0;
      }
      if (warned === 0) problems.push('no replica said that limits moved to its memory');
      if (back < warned) problems.push(`${warned} replicas moved to memory but ${back} said Redis was back`);
      return problems;
    },
  },
  {
    name: 'rolling restart of every replica',
    quick: false,
    fault: async ({ cluster }, outcomes) => {
      // Each replica drains on SIGTERM: it stops taking connections (nginx tries the next one), finishes
      // what it has, and closes its idle keep-alive connections, which nginx retries elsewhere.
      for (const index of cluster.apiUrls.keys()) {
        await cluster.stopApi(index, 'SIGTERM');
        await cluster.startApi(index);
        await sleep(1000);
      }
      const failed = outcomes.filter(isFailure);
      return failed.length > 0 ? [`${failed.length} requests failed (${describe(failed)})`] : [];
    },
  },
  {
    name: 'PostgreSQL primary restarted',
    quick: false,
    fault: async ({ cluster, members }, outcomes) => {
      const downAt = Date.now();
      await cluster.stopService('primary');
      await sleep(3000);
      await cluster.startService('primary');
      const upAt = Date.now();
      // The replicas find it again by themselves: a write succeeds within 5 s of it being back.
      let recoveredAt: number | null = null;
      while (Date.now() - upAt < 10_000 && recoveredAt === null) {
        const response = await fetch(`${cluster.site}/api/v1/me`, { headers: { cookie: members[0]!.cookie }, signal: AbortSignal.timeout(2000) }).catch(() => null);
        if (response?.status === 200) recoveredAt = Date.now();
        else await sleep(100);
      }
      await sleep(1000);
      const problems: string[] = [];
      const during = outcomes.filter((outcome) => outcome.startedAt >= downAt && outcome.endedAt <= upAt);
      const wrong = during.filter((outcome) => outcome.status !== 200 && !(outcome.status === 503 && outcome.retryAfter));
      if (wrong.length > 0) problems.push(`${wrong.length} answers while it was down were neither 200 nor 503 with Retry-After (${describe(wrong)})`);
      const hung = outcomes.filter((outcome) => outcome.status === 0);
      if (hung.length > 0) problems.push(`${hung.length} requests got no answer within ${REQUEST_TIMEOUT_MS / 1000} s`);
      if (recoveredAt === null || recoveredAt - upAt > 5000) problems.push(`signed-in requests were not answered again within 5 s of the primary's return`);
      const after = outcomes.filter((outcome) => recoveredAt !== null && outcome.startedAt > recoveredAt + 1000 && isFailure(outcome));
      if (after.length > 0) problems.push(`${after.length} requests failed after it was back`);
      return problems;
    },
  },
  {
    name: 'a lock held 10 s on a hot row',
    quick: false,
    hot: true,
    fault: async ({ primary, hotReason }, outcomes) => {
      const client = await primary.connect();
      const lockedAt = Date.now();
      try {
        await client.query('begin');
        await client.query('select id from reasons where id = $1 for update', [hotReason]);
        await sleep(10_000);
      } finally {
        await client.query('rollback');
        client.release();
      }
      const releasedAt = Date.now();
      await sleep(2000);
      const problems: string[] = [];
      const hot = outcomes.filter((outcome) => outcome.path.endsWith('(hot)') && outcome.startedAt >= lockedAt && outcome.startedAt < releasedAt - STATEMENT_TIMEOUT_MS);
      if (hot.length === 0) problems.push('no vote reached the locked row');
      const notTimedOut = hot.filter((outcome) => !(outcome.status === 503 && outcome.retryAfter && outcome.endedAt - outcome.startedAt < STATEMENT_TIMEOUT_MS + 2000));
      if (notTimedOut.length > 0) problems.push(`${notTimedOut.length} votes on the locked row were not answered 503 within the statement timeout (${describe(notTimedOut)})`);
      const others = outcomes.filter((outcome) => !outcome.path.endsWith('(hot)') && isFailure(outcome));
      if (others.length > 0) problems.push(`${others.length} other requests failed (${describe(others)})`);
      return problems;
    },
  },
];

function describe(outcomes: Outcome[]): string {
  const counts = new Map<string, number>();
  for (const outcome of outcomes) {
    const key = `${outcome.method} ${outcome.status || outcome.error}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${count}x ${key}`).join(', ');
}

async function signUp(site: string, username: string): Promise<string> {
  const response = await fetch(`${site}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: site },
    body: JSON.stringify({ username, email: `${username}@example.org`, password: 'correct horse battery staple 42' }),
  });
  if (response.status !== 201) throw new Error(`signing up ${username} answered ${response.status}: ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0]!)
    .filter((cookie) => cookie.includes('session'))
    .join('; ');
}

async function main(): Promise<void> {
  const chosen = SCENARIOS.filter((scenario) => (!quick || scenario.quick) && (!only || scenario.name.includes(only)));
  console.log(`Starting the cluster in ${folder} for ${chosen.length} fault scenarios…`);
  const cluster = await startCluster({
    folder,
    cache: true,
    progress: (line) => console.log(`  ${line}`),
    // Limits on, through Redis, but high enough for a load from one address.
    apiEnv: {
      LOG_LEVEL: 'info',
      DATABASE_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
      RATE_LIMIT_ANONYMOUS_READS_PER_MINUTE: '10000000',
      RATE_LIMIT_WRITES_PER_USER: '10000000',
      RATE_LIMIT_VOTES_PER_HOUR: '10000000',
      RATE_LIMIT_SIGNUP_PER_IP: '10000',
    },
  });
  const primary = new pg.Pool({ connectionString: cluster.primaryUrl, max: 3 });
  // The primary restarts under this pool too: its clients' errors are expected, and heard.
  primary.on('error', () => {});
  primary.on('connect', (client) => client.on('error', () => {}));
  const verdicts: Verdict[] = [];
  try {
    const { rows: tools } = await primary.query<{ slug: string }>('select slug from tools order by stacks_count desc limit 6');
    const { rows: reasons } = await primary.query<{ id: number }>('select id from reasons where visible order by id limit 400');
    const slugs = tools.map((tool) => tool.slug);
    const reads = [
      `/api/v1/tools/${slugs[0]}`,
      `/api/v1/compare?tools=${slugs[1]},${slugs[2]}`,
      '/api/v1/search?q=rea',
      `/tools/${slugs[3]}`,
      `/api/v1/tools/${slugs[4]}/stacks`,
      '/api/v1/categories',
      `/compare/${slugs[0]}-vs-${slugs[5]}`,
    ];
    const stamp = Date.now().toString(36);
    let round = 0;
    for (const scenario of chosen) {
      round++;
      const members: Writer[] = [];
      for (let index = 0; index < 3; index++) {
        const username = `fault${stamp}r${round}m${index}`;
        members.push({ username, cookie: await signUp(cluster.site, username), reasons: reasons.map((reason) => reason.id).filter((_, at) => at % 3 === index) });
      }
      const hotReason = reasons.at(-1)!.id;
      const hotMember = { username: `fault${stamp}r${round}hot`, cookie: '', reasons: [] };
      if (scenario.hot) hotMember.cookie = await signUp(cluster.site, hotMember.username);
      const logNames = cluster.children().map((child) => child.name).filter((name) => name.startsWith('api-'));
      const logOffsets = () => Object.fromEntries(logNames.map((name) => [name, readFileSync(path.join(folder, 'logs', `${name}.log`), 'utf8').length]));
      const run: Run = { cluster, primary, reads, members, hotReason, logOffsets };

      console.log(`\n${scenario.name}:`);
      const load = startLoad({ site: cluster.site, reads, readers: 6, writers: members, timeoutMs: REQUEST_TIMEOUT_MS, ...(scenario.hot ? { hot: { writer: hotMember, reason: hotReason } } : {}) });
      await sleep(2000);
      let problems: string[];
      try {
        problems = await scenario.fault(run, load.outcomes);
      } finally {
        await load.stop();
      }

      // Every acknowledged vote is there, and every cached counter matches its rows.
      const { rows: held } = await primary.query<{ username: string; reason_id: number }>(
        'select u.username, v.reason_id from reason_votes v join users u on u.id = v.user_id where u.username like $1',
        [`fault${stamp}r${round}%`],
      );
      const stored = new Set(held.map((row) => `${row.username}:${row.reason_id}`));
      const missing = load.acknowledged.filter((write) => !stored.has(`${write.username}:${write.reason}`));
      if (missing.length > 0) problems.push(`${missing.length} acknowledged votes are not in the database`);
      const database = createDatabase({ url: cluster.primaryUrl, poolSize: 2 });
      const drift = await findCounterDrift(database.db).finally(() => database.close());
      if (drift.length > 0) problems.push(`counter drift: ${drift.slice(0, 3).map((row) => `${row.counter} #${row.id}`).join(', ')}`);
      const verdict: Verdict = {
        name: scenario.name,
        sent: load.outcomes.length,
        failed: load.outcomes.filter(isFailure).length,
        writesChecked: new Set(load.acknowledged.map((write) => `${write.username}:${write.reason}`)).size,
        drift: drift.length,
        problems,
      };
      verdicts.push(verdict);
      console.log(`  ${verdict.sent} requests, ${verdict.failed} failed, ${verdict.writesChecked} acknowledged writes checked, drift ${verdict.drift}: ${problems.length === 0 ? 'passed' : `FAILED\n    ${problems.join('\n    ')}`}`);
    }
  } finally {
    await primary.end();
    await cluster.stop();
  }

  const width = Math.max(...verdicts.map((verdict) => verdict.name.length));
  console.log(`\n${'scenario'.padEnd(width)} | requests | failed | writes checked | drift | result`);
  console.log(`${'-'.repeat(width)}-|----------|--------|----------------|-------|-------`);
  for (const verdict of verdicts) {
    console.log(
      `${verdict.name.padEnd(width)} | ${String(verdict.sent).padStart(8)} | ${String(verdict.failed).padStart(6)} | ${String(verdict.writesChecked).padStart(14)} | ${String(verdict.drift).padStart(5)} | ${verdict.problems.length === 0 ? 'passed' : 'FAILED'}`,
    );
  }
  process.exitCode = verdicts.every((verdict) => verdict.problems.length === 0) && verdicts.length === chosen.length ? 0 : 1;
}

await main();
