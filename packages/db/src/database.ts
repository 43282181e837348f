import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, type LogEvent } from 'kysely';
import { PostgresDialect, type PostgresPool } from 'kysely';
import pg from 'pg';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';
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
      return preparingClient(client);
    },
    end: () => pool.end(),
  };
}

export function createDatabase(options: DatabaseOptions = {}): DatabaseHandle {
  const log = options.onQuery;
  const queueTimeoutMs = options.queueTimeoutMs || undefined;
  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
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
    const dialect = new PostgresDialect({ pool: kyselyPool(pool, queueTimeoutMs) });
    const db = new Kysely<Database>({ dialect, ...(log ? { log } : {}) });
    const poolStats = () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount });
    return { db, engine: 'postgres', url: options.url, close: () => db.destroy(), poolStats };
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
