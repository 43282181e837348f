import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, type LogEvent } from 'kysely';
import { PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import pg from 'pg';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';
import { isConnectionLoss } from './connection-loss.js';
import { DatabaseBusyError } from './database-busy.js';
import { PGliteDialect } from './pglite-dialect.js';
import { preparingClient } from './prepared-statements.js';
import type { Database } from './schema.js';

export type Engine = 'pglite' | 'postgres';

export interface DatabaseOptions {
  /** A PostgreSQL connection string; when absent the embedded database is used. */
  url?: string | undefined;
  /**
   * Where the embedded database keeps its files; `memory://` keeps it in memory. A directory is locked
   * for this process until close (DataDirLockedError names the process that has it open).
   */
  dataDir?: string | undefined;
  /** A tarball from `dumpDataDir()` to start the embedded database from (tests clone a template this way). */
  loadDataDir?: Blob | undefined;
  /** Largest number of pooled PostgreSQL connections. */
  poolSize?: number | undefined;
  /** Called for every executed query, e.g. to count queries in tests or log slow ones. */
  onQuery?: ((event: LogEvent) => void) | undefined;
  /**
   * Longest wait for a connection (PGlite's one, or a pooled one) before a query fails with
   * DatabaseBusyError; absent or 0 waits however long it takes.
   */
  queueTimeoutMs?: number | undefined;
  /**
   * PostgreSQL's settings for every pooled connection, e.g. `{ max_parallel_workers_per_gather: '0' }`
   * (sent as the connection's startup options; PGlite ignores them).
   */
  sessionSettings?: Record<string, string> | undefined;
  /**
   * A streaming read replica of the PostgreSQL database (a pool of its own, of the same size and settings):
   * a connection comes from it while `use()` says so (the caller decides, per request and by its health),
   * otherwise from the primary. When it cannot be reached, `unreachable` hears why and the primary serves.
   */
  replica?: { url: string; use: () => boolean; unreachable?: (error: unknown) => void } | undefined;
}

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: Engine;
  /** Finishes pending queries, then closes the pool or the embedded database. */
  close(): Promise<void>;
  /** The embedded instance, when that is the engine (for dumps in tests). */
  pglite?: PGlite;
  /** The embedded database's directory (absolute), when it keeps one. */
  dataDir?: string;
  /** The PostgreSQL database's connection string, when that is the engine (pg_dump reads it). */
  url?: string;
  /** The read replica alone (probing its lag), when one is configured. */
  replica?: { db: Kysely<Database> };
  /** The PostgreSQL pool's connections now: all, idle, and callers waiting for one (for metrics). */
  poolStats?: () => { total: number; idle: number; waiting: number };
}

// PostgreSQL returns bigint (int8) as text; every bigint here (ids, counts) fits a JS number.
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/**
 * Creates the database a PostgreSQL URL names when the server has no such database yet, so that
 * `DATABASE_URL=postgres://.../stackyard` works on a fresh server. Does nothing when it exists.
 */
export async function ensurePostgresDatabase(url: string): Promise<void> {
  const probe = new pg.Client({ connectionString: url });
  try {
    await probe.connect();
    return;
  } catch (error) {
    if ((error as { code?: string }).code !== '3D000') throw error;
  } finally {
    await probe.end().catch(() => {});
  }
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  target.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: target.toString() });
  await admin.connect();
  try {
    await admin.query(`create database ${pg.escapeIdentifier(name)}`);
  } catch (error) {
    // Another process created it in the meantime.
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await admin.end();
  }
}

/** Pooled clients that have a listener for their errors while checked out (see kyselyPool). */
const guarded = new WeakSet<pg.PoolClient>();

/** pg's two ways of saying that `connectionTimeoutMillis` ran out: waiting for a pooled client, or connecting one. */
const POOL_TIMEOUT_MESSAGES = new Set(['timeout exceeded when trying to connect', 'Connection terminated due to connection timeout']);

/**
 * The pool as Kysely sees it: pg's connection timeouts turned into DatabaseBusyError when a queue timeout
 * is set, and clients that prepare their statements (preparingClient).
 */
function kyselyPool(pool: pg.Pool, queueTimeoutMs: number | undefined): PostgresPool {
  return {
    connect: async () => {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        if (queueTimeoutMs && error instanceof Error && POOL_TIMEOUT_MESSAGES.has(error.message)) throw new DatabaseBusyError(queueTimeoutMs, { cause: error });
        throw error;
      }
      // The pool listens for errors only on idle clients: one checked out between two statements whose
      // server goes away (a restart, a replica stopped) emits 'error' with nobody listening, which ends the
      // process. Heard here, its next statement fails with a connection error instead (answered 503), and
      // the pool drops it when it comes back.
      if (!guarded.has(client)) {
        guarded.add(client);
        client.on('error', () => {});
      }
      return preparingClient(client);
    },
    end: () => pool.end(),
  };
}

/**
 * A replica's client that, when the replica goes away under a statement run outside a transaction (a read
 * on its own), runs that statement again on a client of the primary and says so through `lost`. Inside a
 * transaction the error stands: its earlier statements saw the replica's snapshot.
 */
function fallingBack(client: PostgresPoolClient, primary: () => Promise<PostgresPoolClient>, lost: (error: unknown) => void): PostgresPoolClient {
  let inTransaction = false;
  const query = async (text: unknown, parameters?: ReadonlyArray<unknown>): Promise<unknown> => {
    if (typeof text === 'string') {
      if (/^\s*(begin|start\s+transaction)\b/i.test(text)) inTransaction = true;
      else if (/^\s*(commit|rollback|end|abort)\b/i.test(text) && !/^\s*rollback\s+to\b/i.test(text)) inTransaction = false;
    }
    try {
      return await (client.query as (text: unknown, parameters?: ReadonlyArray<unknown>) => Promise<unknown>)(text, parameters);
    } catch (error) {
      if (inTransaction || typeof text !== 'string' || !isConnectionLoss(error)) throw error;
      lost(error);
      const fallback = await primary();
      try {
        return await (fallback.query as (text: unknown, parameters?: ReadonlyArray<unknown>) => Promise<unknown>)(text, parameters);
      } finally {
        fallback.release();
      }
    }
  };
  return { query: query as PostgresPoolClient['query'], release: () => client.release() };
}

function postgresPool(url: string, options: DatabaseOptions, queueTimeoutMs: number | undefined): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    ...(options.sessionSettings ? { options: Object.entries(options.sessionSettings).map(([name, value]) => `-c ${name}=${value}`).join(' ') } : {}),
    ...(queueTimeoutMs ? { connectionTimeoutMillis: queueTimeoutMs } : {}),
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client that loses its server must not crash the process.
  pool.on('error', () => {});
  return pool;
}

export function createDatabase(options: DatabaseOptions = {}): DatabaseHandle {
  const log = options.onQuery;
  const queueTimeoutMs = options.queueTimeoutMs || undefined;
  if (options.url) {
    const pool = postgresPool(options.url, options, queueTimeoutMs);
    const primary = kyselyPool(pool, queueTimeoutMs);
    const replica = options.replica ? { ...options.replica, pool: postgresPool(options.replica.url, options, queueTimeoutMs) } : null;
    const replicaClients = replica ? kyselyPool(replica.pool, queueTimeoutMs) : null;
    // Each connection a query asks for comes from the replica while `use()` says so, else from the primary;
    // a replica that cannot be reached is told to the caller, and the query goes to the primary instead.
    const routed: PostgresPool = {
      connect: async () => {
        if (replica && replicaClients && replica.use()) {
          try {
            return fallingBack(await replicaClients.connect(), () => primary.connect(), (error) => replica.unreachable?.(error));
          } catch (error) {
            replica.unreachable?.(error);
          }
        }
        return primary.connect();
      },
      end: async () => {
        await pool.end();
        await replica?.pool.end();
      },
    };
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: routed }), ...(log ? { log } : {}) });
    const poolStats = () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount });
    return {
      db,
      engine: 'postgres',
      url: options.url,
      close: () => db.destroy(),
      poolStats,
      ...(replica && replicaClients
        ? { replica: { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool: { connect: () => replicaClients.connect(), end: async () => {} } }) }) } }
        : {}),
    };
  }

  const dataDir = options.dataDir ?? 'memory://';
  let lock: DataDirLock | null = null;
  if (!dataDir.startsWith('memory://')) {
    mkdirSync(dataDir, { recursive: true });
    // Before PGlite touches a file: a second instance on the same files loses acknowledged writes.
    lock = lockDataDir(dataDir);
  }
  let pglite: PGlite;
  try {
    pglite = new PGlite(dataDir, {
      extensions: { pg_trgm, unaccent },
      parsers: { [INT8_OID]: Number, [NUMERIC_OID]: String },
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite, { queueTimeoutMs }), ...(log ? { log } : {}) });
  const close = async () => {
    try {
      await db.destroy();
    } finally {
      lock?.release();
    }
  };
  return { db, engine: 'pglite', close, pglite, ...(lock ? { dataDir: lock.dataDir } : {}) };
}
