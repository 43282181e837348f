import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { migrations } from '../migrations/index.js';
import type { Database } from '../schema.js';
import type { ScaleTable } from './scale-plan.js';

/** The database the scale dataset is loaded into unless told otherwise (on the server of DATABASE_URL, or the local one). */
export const BENCH_DATABASE_NAME = 'stackyard_bench';

/** Bumped whenever the generator changes what it writes, so that an older load no longer matches. */
export const SCALE_DATA_VERSION = 1;

/** The name of the newest migration, which a matching load was made with. */
export const LATEST_MIGRATION = Object.keys(migrations).at(-1)!;

/**
 * What a database of the scale dataset says about itself (its COMMENT): `loading` from the start of a load,
 * `loaded` with the rows per table once it has finished. Only a finished load is read back as one.
 */
export interface ScaleDataMark {
  dataset: 'stackyard-scale';
  status: 'loading' | 'loaded';
  version: number;
  /** The last migration the database had when it was loaded: a load on an older schema does not match. */
  schema: string;
  scale: number;
  /** When the load finished (or started, while loading). */
  loadedAt: string;
  /** Rows per table as loaded (zeros while loading). */
  rows: Record<ScaleTable, number>;
}

/** The scale dataset needs PostgreSQL itself: it turns off foreign-key triggers and comments on its database. */
export async function refuseEmbeddedDatabase(db: Kysely<Database>): Promise<void> {
  const { rows } = await sql<{ version: string }>`select version() as version`.execute(db);
  if (/pglite/i.test(rows[0]!.version)) {
    throw new Error(
      'The scale dataset loads into PostgreSQL only (it needs session_replication_role and COMMENT ON DATABASE); ' +
        'this is the embedded database. Point BENCH_DATABASE_URL at a PostgreSQL server.',
    );
  }
}

/** Writes the mark on the current database; the last step of a load. */
export async function writeScaleDataMark(db: Kysely<Database>, mark: ScaleDataMark): Promise<void> {
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(db);
  // COMMENT takes a literal, not a parameter.
  const literal = `'${JSON.stringify(mark).replaceAll("'", "''")}'`;
  await sql.raw(`comment on database ${pg.escapeIdentifier(rows[0]!.name)} is ${literal}`).execute(db);
}

function parseMark(comment: string | null | undefined): ScaleDataMark | null {
  if (!comment) return null;
  try {
    const mark = JSON.parse(comment) as Partial<ScaleDataMark>;
    return mark.dataset === 'stackyard-scale' && typeof mark.scale === 'number' && typeof mark.version === 'number'
      ? (mark as ScaleDataMark)
      : null;
  } catch {
    return null;
  }
}

/** The mark of a finished load on this database, or null when it holds no finished scale dataset. */
export async function readScaleDataMark(db: Kysely<Database>): Promise<ScaleDataMark | null> {
  const { rows } = await sql<{ comment: string | null }>`
    select shobj_description(oid, 'pg_database') as comment from pg_database where datname = current_database()`.execute(db);
  const mark = parseMark(rows[0]?.comment);
  return mark?.status === 'loaded' ? mark : null;
}

/** Whether a mark says the database holds the current dataset at this scale. */
export function scaleDataMatches(mark: ScaleDataMark | null, scale: number): boolean {
  return mark !== null && mark.version === SCALE_DATA_VERSION && mark.schema === LATEST_MIGRATION && mark.scale === scale;
}

/**
 * Drops (if it exists) and creates the database `url` names, for a load. Refuses a database that holds
 * tables but no scale dataset's mark (not even one of a load that broke off): that is someone's data.
 */
export async function createScaleDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!name) throw new Error(`${url} names no database`);
  target.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: target.toString() });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ comment: string | null }>(
      `select shobj_description(oid, 'pg_database') as comment from pg_database where datname = $1`,
      [name],
    );
    if (rows.length > 0 && !parseMark(rows[0]!.comment) && (await holdsTables(url))) {
      throw new Error(`Database ${name} exists and holds tables but no scale dataset: it is not dropped. Choose another name (BENCH_DATABASE_URL).`);
    }
    await admin.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
    await admin.query(`create database ${pg.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
}

async function holdsTables(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: number }>(
      `select count(*)::int as count from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema')`,
    );
    return rows[0]!.count > 0;
  } finally {
    await client.end();
  }
}
