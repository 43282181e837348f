import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, type LogEvent } from 'kysely';
import { PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.js';
import type { Database } from './schema.js';

export type Engine = 'pglite' | 'postgres';

export interface DatabaseOptions {
  /** A PostgreSQL connection string; when absent the embedded database is used. */
  url?: string | undefined;
  /** Where the embedded database keeps its files; `memory://` keeps it in memory. */
  dataDir?: string | undefined;
  /** A tarball from `dumpDataDir()` to start the embedded database from (tests clone a template this way). */
  loadDataDir?: Blob | undefined;
  /** Largest number of pooled PostgreSQL connections. */
  poolSize?: number | undefined;
  /** Called for every executed query, e.g. to count queries in tests or log slow ones. */
  onQuery?: ((event: LogEvent) => void) | undefined;
}

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: Engine;
  /** Finishes pending queries, then closes the pool or the embedded database. */
  close(): Promise<void>;
  /** The embedded instance, when that is the engine (for dumps in tests). */
  pglite?: PGlite;
}

// PostgreSQL returns bigint (int8) as text; every bigint here (ids, counts) fits a JS number.
const INT8_OID = 20;
const NUMERIC_OID = 1700;

export function createDatabase(options: DatabaseOptions = {}): DatabaseHandle {
  const log = options.onQuery;
  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    // An idle client that loses its server must not crash the process.
    pool.on('error', () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...(log ? { log } : {}) });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }

  const dataDir = options.dataDir ?? 'memory://';
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pglite = new PGlite(dataDir, {
    extensions: { pg_trgm, unaccent },
    parsers: { [INT8_OID]: Number, [NUMERIC_OID]: String },
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite), ...(log ? { log } : {}) });
  return { db, engine: 'pglite', close: () => db.destroy(), pglite };
}
