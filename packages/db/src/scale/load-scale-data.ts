import { sql, type Kysely } from 'kysely';
import { findCounterDrift, insertDerivedTables } from '../counters.js';
import { migrateToLatest } from '../migrator.js';
import type { Database } from '../schema.js';
import { seed } from '../seed/index.js';
import * as load from './scale-data.js';
import { recountScaleCounters } from './scale-counters.js';
import { LATEST_MIGRATION, SCALE_DATA_VERSION, refuseEmbeddedDatabase, writeScaleDataMark, type ScaleDataMark } from './scale-database.js';
import { dropSecondaryIndexes, rebuildIndexes } from './scale-indexes.js';
import { SCALE_TABLES, planScale, type ScalePlan, type ScaleTable } from './scale-plan.js';

/** One finished step of a load: a table (or part of one), a counter, an index. */
export interface ScaleStep {
  name: string;
  /** Rows written or changed; null for steps that write none (vacuum). */
  rows: number | null;
  seconds: number;
}

export interface LoadScaleOptions {
  /** 1 is the goals' size (see scale-plan.ts). */
  scale: number;
  progress?: (step: ScaleStep) => void;
  /** "Now" for the two years of history; the time of the load by default. */
  now?: Date;
  /** Connections that build indexes and vacuum at once (the load itself is one connection). */
  lanes?: number;
}

// Sessions of the load: room to hash and sort millions of rows, and nothing waits for a flush per statement.
const LOAD_SETTINGS = { work_mem: '1GB', maintenance_work_mem: '1GB', synchronous_commit: 'off' };

/**
 * Loads the scale dataset into a fresh PostgreSQL database (see createScaleDatabase): the migrations, the
 * catalogue, then synthetic people, tools, stacks, pros and cons, votes, decisions, follows and feed
 * events in set-based statements, with foreign-key triggers off (session_replication_role = replica) and
 * the secondary indexes dropped; then the counters and tool pairs recomputed, the indexes built again, the identity
 * sequences moved past the loaded ids, VACUUM ANALYZE, and the counters proven equal to their counts
 * (findCounterDrift; after the vacuum, whose statistics and visibility map make its millions of sub-queries
 * index lookups). Marks the database with its scale last, so that a load that broke off is never taken for one.
 */
export async function loadScaleData(db: Kysely<Database>, options: LoadScaleOptions): Promise<ScaleDataMark> {
  await refuseEmbeddedDatabase(db);
  const progress = options.progress ?? (() => {});
  const lanes = options.lanes ?? 2;
  const now = options.now ?? new Date();
  const step = async (name: string, work: () => Promise<number | null>): Promise<number | null> => {
    const started = performance.now();
    const rows = await work();
    progress({ name, rows, seconds: (performance.now() - started) / 1000 });
    return rows;
  };

  await step('migrations', async () => (await migrateToLatest(db)).length);
  const catalogue = await step('catalogue', async () => (await seed(db, { demo: false })).catalogue.tools);
  const people = await sql<{ count: number }>`select count(*)::int as count from users`.execute(db);
  if (people.rows[0]!.count > 0) throw new Error('The scale dataset loads into a fresh database; this one has people already');
  const plan = planScale(options.scale, catalogue ?? 0);
  const mark = { dataset: 'stackyard-scale', version: SCALE_DATA_VERSION, schema: LATEST_MIGRATION, scale: plan.scale } as const;
  await writeScaleDataMark(db, { ...mark, status: 'loading', loadedAt: now.toISOString(), rows: countsOf(() => 0) });

  const indexes = await inLoadSession(db, (connection) => dropSecondaryIndexes(connection, SCALE_TABLES));
  await loadRows(db, plan, now, step);
  await step('counters', async () => {
    await recountScaleCounters(db, lanes, (counter, changed, seconds) => progress({ name: `count ${counter}`, rows: changed, seconds }));
    return null;
  });

  // The triggers that keep tool_pairs and tool_adoption_months were off with the foreign keys: each is
  // counted in one pass, in a load session too (millions of rows, whose foreign keys the load's own rows
  // already satisfy).
  await step('tool pairs and adoption months', async () => {
    await inLoadSession(db, (connection) => insertDerivedTables(connection));
    return (await sql<{ count: number }>`select (select count(*) from tool_pairs) + (select count(*) from tool_adoption_months) as count`.execute(db)).rows[0]!.count;
  });
  await step('indexes', async () => {
    await rebuildIndexes(db, indexes, {
      lanes,
      maintenanceWorkMem: LOAD_SETTINGS.maintenance_work_mem,
      built: (index, seconds) => progress({ name: `index ${index.name}`, rows: null, seconds }),
    });
    return indexes.length;
  });
  await step('sequences', () => advanceIdentitySequences(db));
  await step('vacuum analyze', async () => {
    await vacuumAnalyze(db, lanes);
    return null;
  });
  await step('counter check', async () => {
    const drift = await findCounterDrift(db, { concurrency: lanes });
    if (drift.length > 0) {
      throw new Error(`${drift.length} cached counters differ from their counts after the load, e.g. ${JSON.stringify(drift.slice(0, 5))}`);
    }
    return 0;
  });
  const rows = await countRows(db);
  const finished: ScaleDataMark = { ...mark, status: 'loaded', loadedAt: new Date().toISOString(), rows };
  await writeScaleDataMark(db, finished);
  return finished;
}

type Step = (name: string, work: () => Promise<number | null>) => Promise<number | null>;

/**
 * Runs `work` on one connection with the load's settings and its foreign-key triggers off (replica role),
 * putting the connection back as it was: the pool hands it out again afterwards.
 */
export async function inLoadSession<T>(db: Kysely<Database>, work: (connection: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (connection) => {
    for (const [name, value] of Object.entries(LOAD_SETTINGS)) await sql`select set_config(${name}, ${value}, false)`.execute(connection);
    await sql`set session_replication_role = replica`.execute(connection);
    try {
      return await work(connection);
    } finally {
      await sql`reset session_replication_role`.execute(connection);
      for (const name of Object.keys(LOAD_SETTINGS)) await sql.raw(`reset ${name}`).execute(connection);
    }
  });
}

/**
 * The rows themselves, in the order they name each other: people, tools and stacks first, then two
 * sessions at once (the machine's two cores): one writes what hangs off stacks and pros and cons and the
 * follows of people, the other the follows of tools and stacks and the tool.followed events, which wait
 * for the stacks' tools only to know where their ids start.
 */
async function loadRows(db: Kysely<Database>, plan: ScalePlan, now: Date, step: Step): Promise<void> {
  await inLoadSession(db, async (connection) => {
    const context = { db: connection, plan, now };
    await step('users', () => load.loadUsers(context));
    await step('tools', () => load.loadTools(context));
    await step('stacks', () => load.loadStacks(context));
  });
  let stackToolsWritten: () => void = () => {};
  const stackTools = new Promise<void>((resolve) => (stackToolsWritten = resolve));
  const community = inLoadSession(db, async (connection) => {
    const context = { db: connection, plan, now };
    try {
      await step('stack_tools', () => load.loadStackTools(context));
    } finally {
      stackToolsWritten();
    }
    await step('reasons', () => load.loadReasons(context));
    await step('reason_votes', () => load.loadReasonVotes(context));
    await step('decisions', () => load.loadDecisions(context));
    await step('decision_tools', () => load.loadDecisionTools(context));
    await step('decision_votes', () => load.loadDecisionVotes(context));
    const blocks = await load.eventIdBlocks(connection, plan);
    // Each counts its event_tools rows; the events are counted at the end.
    await step('events stack.created', () => load.loadStackCreatedEvents(context, blocks));
    await step('events stack.tools_added', () => load.loadToolsAddedEvents(context, blocks));
    await step('events reason.added', () => load.loadReasonAddedEvents(context, blocks));
    await step('events decision.posted', () => load.loadDecisionPostedEvents(context, blocks));
    await step('follows (people)', () => load.loadUserFollows(context));
  });
  const following = inLoadSession(db, async (connection) => {
    const context = { db: connection, plan, now };
    await step('follows (tools)', () => load.loadToolFollows(context));
    await step('follows (stacks)', () => load.loadStackFollows(context));
    await step('follows (the feed reader)', () => load.loadBenchFollowerFollows(context));
    await stackTools;
    const blocks = await load.eventIdBlocks(connection, plan);
    await step('events tool.followed', () => load.loadToolFollowedEvents(context, blocks));
  });
  // Both run to the end before a failure is reported, so that neither is left writing.
  const [first, second] = await Promise.allSettled([community, following]);
  for (const result of [first, second]) if (result.status === 'rejected') throw result.reason;
}

/** Moves every identity sequence past the largest id its table holds, so that the API's inserts get new ids. */
async function advanceIdentitySequences(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{ table: string; column: string }>`
    select table_name as "table", column_name as "column" from information_schema.columns
    where table_schema = current_schema() and is_identity = 'YES'`.execute(db);
  for (const { table, column } of rows) {
    await sql`select setval(pg_get_serial_sequence(${table}, ${column}),
                            coalesce((select max(${sql.ref(column)}) from ${sql.table(table)}), 0) + 1, false)`.execute(db);
  }
  return rows.length;
}

/** VACUUM ANALYZE of every table, the largest first, over `lanes` connections. */
async function vacuumAnalyze(db: Kysely<Database>, lanes: number): Promise<void> {
  const { rows } = await sql<{ table: string }>`
    select c.relname as "table" from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind = 'r'
    order by pg_relation_size(c.oid) desc`.execute(db);
  const queue = rows.map((row) => row.table);
  const lane = async () => {
    for (let table = queue.shift(); table; table = queue.shift()) await sql`vacuum analyze ${sql.table(table)}`.execute(db);
  };
  await Promise.all(Array.from({ length: Math.max(1, lanes) }, lane));
}

function countsOf(count: (table: ScaleTable) => number): Record<ScaleTable, number> {
  return Object.fromEntries(SCALE_TABLES.map((table) => [table, count(table)])) as Record<ScaleTable, number>;
}

async function countRows(db: Kysely<Database>): Promise<Record<ScaleTable, number>> {
  const counted = new Map<ScaleTable, number>();
  for (const table of SCALE_TABLES) {
    const { rows } = await sql<{ count: number }>`select count(*)::int as count from ${sql.table(table)}`.execute(db);
    counted.set(table, rows[0]!.count);
  }
  return countsOf((table) => counted.get(table)!);
}

export type { ScalePlan };
