import { sql, type Kysely } from 'kysely';
import { findCounterDrift } from '../counters.js';
import { migrateToLatest } from '../migrator.js';
import type { Database } from '../schema.js';
import { seed } from '../seed/index.js';
import * as load from './scale-data.js';
import { recountScaleCounters } from './scale-counters.js';
import { SCALE_DATA_VERSION, refuseEmbeddedDatabase, writeScaleDataMark, type ScaleDataMark } from './scale-database.js';
import { dropSecondaryIndexes, rebuildIndexes } from './scale-indexes.js';
import { planScale, type ScalePlan } from './scale-plan.js';

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

/** The tables the load writes; their secondary indexes are built after it. */
export const SCALE_TABLES = [
  'users', 'tools', 'stacks', 'stack_tools', 'reasons', 'reason_votes', 'decisions', 'decision_tools', 'decision_votes',
  'follows', 'events', 'event_tools',
] as const;

// Sessions of the load: room to hash and sort millions of rows, and nothing waits for a flush per statement.
const LOAD_SETTINGS = { work_mem: '1GB', maintenance_work_mem: '1GB', synchronous_commit: 'off' };

/**
 * Loads the scale dataset into a fresh PostgreSQL database (see createScaleDatabase): the migrations, the
 * catalogue, then synthetic people, tools, stacks, pros and cons, votes, decisions, follows and feed
 * events in set-based statements, with foreign-key triggers off (session_replication_role = replica) and
 * the secondary indexes dropped; then the counters recomputed, the indexes built again, the identity
 * sequences moved past the loaded ids, the counters proven equal to their counts (findCounterDrift), and
 * VACUUM ANALYZE. Marks the database with its scale last, so that a load that broke off is never taken for one.
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
  const mark = { dataset: 'stackyard-scale', version: SCALE_DATA_VERSION, scale: plan.scale } as const;
  await writeScaleDataMark(db, { ...mark, status: 'loading', loadedAt: now.toISOString(), rows: {} });

  const indexes = await db.connection().execute(async (connection) => {
    for (const [name, value] of Object.entries(LOAD_SETTINGS)) await sql`select set_config(${name}, ${value}, false)`.execute(connection);
    await sql`set session_replication_role = replica`.execute(connection);
    try {
      const saved = await dropSecondaryIndexes(connection, SCALE_TABLES);
      await loadRows({ db: connection, plan, now }, step);
      await recountScaleCounters(connection, (counter, changed, seconds) => progress({ name: `count ${counter}`, rows: changed, seconds }));
      return saved;
    } finally {
      await sql`reset session_replication_role`.execute(connection);
      for (const name of Object.keys(LOAD_SETTINGS)) await sql.raw(`reset ${name}`).execute(connection);
    }
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
  await step('analyze', async () => {
    await sql`analyze`.execute(db);
    return null;
  });
  await step('counter check', async () => {
    const drift = await findCounterDrift(db);
    if (drift.length > 0) {
      throw new Error(`${drift.length} cached counters differ from their counts after the load, e.g. ${JSON.stringify(drift.slice(0, 5))}`);
    }
    return 0;
  });
  await step('vacuum analyze', async () => {
    await vacuumAnalyze(db, lanes);
    return null;
  });
  const rows = await countRows(db);
  const finished: ScaleDataMark = { ...mark, status: 'loaded', loadedAt: new Date().toISOString(), rows };
  await writeScaleDataMark(db, finished);
  return finished;
}

type Step = (name: string, work: () => Promise<number | null>) => Promise<number | null>;

/** The rows themselves, in the order they name each other. */
async function loadRows(context: load.ScaleContext, step: Step): Promise<void> {
  await step('users', () => load.loadUsers(context));
  await step('tools', () => load.loadTools(context));
  await step('stacks', () => load.loadStacks(context));
  await step('stack_tools', () => load.loadStackTools(context));
  await step('reasons', () => load.loadReasons(context));
  await step('reason_votes', () => load.loadReasonVotes(context));
  await step('decisions', () => load.loadDecisions(context));
  await step('decision_tools', () => load.loadDecisionTools(context));
  await step('decision_votes', () => load.loadDecisionVotes(context));
  await step('follows (tools)', () => load.loadToolFollows(context));
  await step('follows (stacks)', () => load.loadStackFollows(context));
  const userFollows = (await step('follows (people)', () => load.loadUserFollows(context))) ?? 0;
  const readerFirstId = load.followIdBlocks(context.plan).user + userFollows;
  await step('follows (the feed reader)', () => load.loadBenchFollowerFollows(context, readerFirstId));
  const blocks = await load.eventIdBlocks(context.db, context.plan);
  // Each counts its event_tools rows; the events are counted at the end.
  await step('events stack.created', () => load.loadStackCreatedEvents(context, blocks));
  await step('events stack.tools_added', () => load.loadToolsAddedEvents(context, blocks));
  await step('events reason.added', () => load.loadReasonAddedEvents(context, blocks));
  await step('events decision.posted', () => load.loadDecisionPostedEvents(context, blocks));
  await step('events tool.followed', () => load.loadToolFollowedEvents(context, blocks));
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

async function countRows(db: Kysely<Database>): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  for (const table of SCALE_TABLES) {
    const { rows: counted } = await sql<{ count: number }>`select count(*)::int as count from ${sql.table(table)}`.execute(db);
    rows[table] = counted[0]!.count;
  }
  return rows;
}

export type { ScalePlan };
