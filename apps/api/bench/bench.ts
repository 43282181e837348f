/**
 * `pnpm bench [--scale S] [--duration 10s] [--soak 2m] [--growth] [--only WORDS]`: the load harness (see README,
 * Performance).
 * Prepares the benchmark database, starts the built API in production mode on it as a child process and
 * C_node's bare server beside it, measures every scenario interleaved with the ceilings, then latencies at
 * 1 connection, a mixed soak for RSS, and with --growth the same pass on a grown copy of the database.
 * Prints the table and writes it as JSON under bench/results/ (a run with --only measures the scenarios it
 * names, and neither soaks nor writes). Exit code 0 when the harness ran (goals
 * missed are reported, not failures: these machines are noisy); 1 when something broke.
 */
import { cpus, platform, release, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createDatabase, findCounterDrift } from '@stackyard/db';
import { sql } from 'kysely';
import { sessionCookieName } from '../src/auth/session-cookie.js';
import { parseArgs, selected, USAGE, type BenchArgs } from './args.js';
import { closeLeftoverSessions, closeSessions, findTargets, openSessions, removeCreatedStacks, vacuumWrittenTables, type BenchTargets } from './bench-repository.js';
import { CONNECTIONS, overall } from './ceilings.js';
import { grow } from './growth-repository.js';
import { runPass, type PassResult } from './pass.js';
import { copyDatabase, dropDatabase, prepareBenchDatabase } from './prepare-database.js';
import { startApi, startNodeCeiling, type ChildServer } from './processes.js';
import { buildGrowthRows, buildResults, buildRows, formatGrowthTable, formatTable, writeResults, type GrowthRow, type RssReport, type Row } from './report.js';
import { buildScenarios, DERIVED, GROWTH_GOAL, type Scenario, type ScenarioInputs } from './scenarios.js';
import { soak } from './soak.js';

const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url));
/** More voters than connections, so that a connection's votes never repeat another's. */
const VOTERS = CONNECTIONS * 2;
/** Bounds of the walks to the deep pages. */
const TOOL_LIST_PAGE = 200;
const PUBLIC_FEED_PAGE = 50;
const WALK_TIMEOUT_MS = 60_000;
const STACK_NAME_PREFIX = 'Bench stack ';

const progress = (line: string) => console.log(`  ${line}`);

/** Follows nextCursor from page 1 to `page` (or the last page), bounded in pages and time. */
async function cursorOfPage(origin: string, path: string, page: number): Promise<{ cursor: string | null; page: number }> {
  const deadline = Date.now() + WALK_TIMEOUT_MS;
  let cursor: string | null = null;
  let reached = 1;
  while (reached < page && Date.now() < deadline) {
    const url = `${origin}${path}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`${url} answered ${response.status} while walking to page ${page}`);
    const { nextCursor } = (await response.json()) as { nextCursor: string | null };
    if (!nextCursor) break;
    cursor = nextCursor;
    reached++;
  }
  return { cursor, page: reached };
}

async function machine(databaseUrl: string): Promise<Record<string, unknown>> {
  const handle = createDatabase({ url: databaseUrl, poolSize: 1 });
  try {
    const { rows } = await sql<{ version: string }>`select current_setting('server_version') as version`.execute(handle.db);
    const cpu = cpus();
    return {
      cpu: cpu[0]?.model ?? 'unknown',
      cores: cpu.length,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      os: `${platform()} ${release()}`,
      node: process.version,
      postgres: rows[0]?.version ?? 'unknown',
    };
  } finally {
    await handle.close();
  }
}

interface Servers {
  api: ChildServer;
  node: ChildServer;
}

async function startServers(databaseUrl: string): Promise<Servers> {
  const node = await startNodeCeiling(databaseUrl);
  try {
    return { api: await startApi(databaseUrl), node };
  } catch (error) {
    await node.stop();
    throw error;
  }
}

async function stopServers(servers: Servers | null): Promise<void> {
  await Promise.allSettled([servers?.api.stop(), servers?.node.stop()]);
}

function alive(servers: Servers): () => void {
  return () => {
    const gone = servers.api.exited() ?? servers.node.exited();
    if (gone) throw new Error(`${gone} during the run`);
  };
}

async function measurePass(servers: Servers, scenarios: Scenario[], args: BenchArgs, label: string): Promise<PassResult> {
  return runPass(scenarios, {
    origins: { api: servers.api.origin, node: servers.node.origin },
    durationMs: args.durationMs,
    sliceMs: args.sliceMs,
    singleMs: args.singleMs,
    check: alive(servers),
    label,
  });
}

async function main(): Promise<number> {
  let args: BenchArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.error(USAGE);
    return 2;
  }
  const date = new Date();
  const runId = date.toISOString().replace(/\D/g, '').slice(0, 14);
  const stackNamePrefix = `${STACK_NAME_PREFIX}${runId} `;

  console.log(`Preparing the benchmark database (scale ${args.scale})`);
  const prepared = await prepareBenchDatabase(args.scale, progress);
  const databaseName = decodeURIComponent(new URL(prepared.url).pathname.slice(1));
  console.log(`  ${databaseName}: ${prepared.dataset} data${prepared.created ? ', loaded now' : ''}`);

  const open = () => createDatabase({ url: prepared.url, poolSize: 2 });
  let handle = open();
  let servers: Servers | null = null;
  let tokens: string[] = [];
  let broken = false;
  try {
    // What an interrupted run may have left: its stacks (all runs name theirs "Bench stack ...") and sessions.
    const leftovers = (await removeCreatedStacks(handle.db, STACK_NAME_PREFIX)) + (await closeLeftoverSessions(handle.db));
    if (leftovers > 0) console.log(`  removed ${leftovers} stacks and sessions an interrupted run left`);
    const vacuuming = Date.now();
    await vacuumWrittenTables(handle.db);
    console.log(`  the tables runs write vacuumed and analysed, ${((Date.now() - vacuuming) / 1000).toFixed(1)} s`);
    const targets: BenchTargets = await findTargets(handle.db, VOTERS);
    tokens = await openSessions(handle.db, [targets.feedUser, ...targets.voters]);
    const [feedUserToken, ...voterTokens] = tokens;

    console.log('Starting the API (node dist/main.js, production, rate limits off) and the C_node server');
    servers = await startServers(prepared.url);
    console.log(`  API at ${servers.api.origin} (pid ${servers.api.pid}), C_node at ${servers.node.origin} (pid ${servers.node.pid})`);

    const inputs: ScenarioInputs = {
      targets,
      origin: servers.api.origin,
      cookieName: sessionCookieName({ production: true }),
      feedUserToken: feedUserToken!,
      voterTokens,
      toolListDeep: await cursorOfPage(servers.api.origin, '/api/v1/tools?limit=20', TOOL_LIST_PAGE),
      publicFeedDeep: await cursorOfPage(servers.api.origin, '/api/v1/feed/public?limit=20', PUBLIC_FEED_PAGE),
      stackNamePrefix,
    };
    const partial = args.only !== null;
    const chosen = (all: Scenario[]) => all.filter((scenario) => selected(args, scenario.name));
    const scenarios = chosen(buildScenarios(inputs));
    // A pass on another API process (the grown copy's) sends its changes with that process's origin.
    const scenariosAt = (origin: string) => chosen(buildScenarios({ ...inputs, origin }));

    const main = await measurePass(servers, scenarios, args, 'Main pass');
    const derived = DERIVED.filter((spec) => spec.of.every((name) => scenarios.some((scenario) => scenario.name === name)));
    const rows = buildRows(scenarios, main.scenarios, derived);
    const measured = new Set(main.scenarios.filter((result) => result.loaded).map((result) => result.name));
    const rss: RssReport | null = partial ? null : await soak(servers.api, scenarios.filter((scenario) => measured.has(scenario.name)), args.soakMs);
    alive(servers)();

    let growth: GrowthRow[] | null = null;
    if (args.growth && !partial) {
      // A copy is made from a database nobody is connected to, and without this pass's stacks in it.
      await stopServers(servers);
      servers = null;
      await removeCreatedStacks(handle.db, stackNamePrefix);
      await handle.close();
      try {
        growth = await measureGrowth(prepared.url, `${databaseName}_growth`, scenariosAt, rows, args);
      } finally {
        handle = open();
      }
    }

    const ceilings = overall(main.slices);
    console.log('');
    console.log(`Scale ${args.scale} (${prepared.dataset} data), ${CONNECTIONS} connections, ${args.durationMs / 1000} s per scenario`);
    console.log(
      `Ceilings: C_json ${ceilings.cJson.toFixed(0)} req/s, C_node ${ceilings.cNode.toFixed(0)} req/s (C_json / C_node ${(ceilings.cJson / ceilings.cNode).toFixed(2)}), static file ${ceilings.static.toFixed(0)} req/s`,
    );
    console.log('');
    console.log(formatTable(rows));
    console.log('');
    for (const row of rows) {
      if (row.ratioToStatic !== undefined) console.log(`${row.name}: ${row.ratioToStatic?.toFixed(3) ?? '-'} of the static file's req/s`);
    }
    for (const row of rows) if (row.note) console.log(`${row.name}: ${row.note}`);
    if (rss) {
      console.log(
        `RSS of the API process: peak ${rss.peakMb ?? '?'} MB; over the ${rss.soakSeconds} s soak ${rss.soakStartMb ?? '?'} -> ${rss.soakEndMb ?? '?'} MB (growth ${rss.growthMb ?? '?'} MB)`,
      );
    }
    if (growth) {
      console.log('');
      console.log('Growth (events and the top tool\'s votes doubled): cost per request after / before');
      console.log(formatGrowthTable(growth));
    }

    const failed = [...rows, ...(growth ?? [])].filter((row) => row.failures.length > 0);
    const soakFailures = rss?.soakFailures ?? [];
    const soakFailed = soakFailures.length > 0;
    if (failed.length > 0 || soakFailed) {
      broken = true;
      console.log('');
      console.log('Errors (each makes its scenario missed, and the run a failure):');
      for (const row of failed) console.log(`  ${row.name}: ${row.failures.join('; ')}`);
      for (const failure of soakFailures) console.log(`  ${failure}`);
    }
    console.log('');
    if (rss) {
      const results = buildResults({ machine: await machine(prepared.url), date, scale: args.scale, dataset: prepared.dataset, durationMs: args.durationMs, ceilings, rows, rss, growth });
      console.log(`Wrote ${writeResults(RESULTS_DIR, date, args.scale, results)}`);
    } else {
      console.log(`A partial run (--only ${args.only!.join(',')}): no soak, and no results file written`);
    }
    const missed = rows.filter((row) => row.met === false).length;
    console.log(`${rows.filter((row) => row.met === true).length} goals met, ${missed} missed${broken ? '; errors above' : ''}`);
  } catch (error) {
    broken = true;
    console.error(`The benchmark broke: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  } finally {
    await stopServers(servers);
    // What the writes left: the stacks made and the sessions opened; the counters they moved set from their counts.
    try {
      const removed = await removeCreatedStacks(handle.db, stackNamePrefix);
      if (removed > 0) console.log(`Removed the ${removed} stacks the run created`);
      await closeSessions(handle.db, tokens);
      const checking = Date.now();
      const drift = await findCounterDrift(handle.db);
      console.log(`Counters checked against their counts (findCounterDrift): ${drift.length === 0 ? 'no drift' : `${drift.length} drifted`}, ${((Date.now() - checking) / 1000).toFixed(1)} s`);
      if (drift.length > 0) {
        broken = true;
        console.error(`Counters drifted after the run: ${JSON.stringify(drift.slice(0, 5))}${drift.length > 5 ? ` and ${drift.length - 5} more` : ''}`);
      }
    } catch (error) {
      broken = true;
      console.error(`Cleaning up failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    await handle.close();
  }
  return broken ? 1 : 0;
}

/** The same pass on a copy of the database with events and the top tool's votes doubled; the copy is dropped. */
async function measureGrowth(url: string, copyName: string, scenariosAt: (origin: string) => Scenario[], before: Row[], args: BenchArgs): Promise<GrowthRow[]> {
  console.log(`Growth: copying the database to ${copyName}, doubling events and the top tool's votes`);
  const copyUrl = await copyDatabase(url, copyName);
  let servers: Servers | null = null;
  try {
    const copy = createDatabase({ url: copyUrl, poolSize: 2 });
    try {
      const summary = await grow(copy.db);
      console.log(`  ${summary.eventsAdded} events and ${summary.votesAdded} votes on ${summary.topTool}'s reasons added`);
    } finally {
      await copy.close();
    }
    servers = await startServers(copyUrl);
    const scenarios = scenariosAt(servers.api.origin);
    const grown = await measurePass(servers, scenarios, args, 'After growth');
    return buildGrowthRows(before, buildRows(scenarios, grown.scenarios, []), GROWTH_GOAL);
  } finally {
    await stopServers(servers);
    await dropDatabase(copyUrl);
  }
}

// Interrupted: the children go with the harness (processes.ts), and the next run removes what was left.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`${signal}: stopping`);
    process.exit(130);
  });
}

process.exitCode = await main();
