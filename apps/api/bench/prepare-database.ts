/**
 * The one step that decides what the benchmark runs on. Today: the database BENCH_DATABASE_URL names
 * (stackyard_bench by default), created, migrated and seeded with the demo community when it is missing,
 * used as it is when it exists. The scale dataset loader (`loadScaleData(db, { scale, progress })` from
 * `@stackyard/db/scale`) plugs in here: load when the database is missing or the scale recorded on it differs
 * from the one asked for. Nothing else in the harness knows how the data got there (see bench-repository.ts).
 */
import { createDatabase, ensurePostgresDatabase, migrateToLatest } from '@stackyard/db';
import { seed } from '@stackyard/db/seed';
import pg from 'pg';
import { loadEnv } from '../src/env.js';

export interface PreparedDatabase {
  url: string;
  /** What it holds: the demo community until the scale dataset loader is wired in. */
  dataset: 'demo' | 'scale';
  /** Whether this run created and loaded it. */
  created: boolean;
}

function adminUrl(url: string): { admin: string; name: string } {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  target.pathname = '/postgres';
  return { admin: target.toString(), name };
}

async function withAdmin<T>(url: string, work: (client: pg.Client, name: string) => Promise<T>): Promise<T> {
  const { admin, name } = adminUrl(url);
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    return await work(client, name);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function databaseExists(url: string): Promise<boolean> {
  return withAdmin(url, async (client, name) => (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1);
}

/** Tries at copying a database that still has connections closing (55006), half a second apart. */
const COPY_ATTEMPTS = 20;

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A copy of a database under another name (for --growth), through CREATE DATABASE ... TEMPLATE. */
export async function copyDatabase(url: string, copyName: string): Promise<string> {
  return withAdmin(url, async (client, name) => {
    await client.query(`drop database if exists ${quoted(copyName)} with (force)`);
    // The servers just stopped: their connections' backends may take a moment to go (bounded wait).
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`create database ${quoted(copyName)} template ${quoted(name)}`);
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt >= COPY_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    const copy = new URL(url);
    copy.pathname = `/${encodeURIComponent(copyName)}`;
    return copy.toString();
  });
}

/** Drops a database the harness made (the growth copy), closing whatever is still connected to it. */
export async function dropDatabase(url: string): Promise<void> {
  await withAdmin(url, async (client, name) => {
    await client.query(`drop database if exists ${quoted(name)} with (force)`);
  });
}

/**
 * Makes the benchmark database ready for `scale`. `scale` is not used yet: until the scale dataset loader is
 * wired in, a missing database is seeded with the demo community, whatever the scale asked for.
 */
export async function prepareBenchDatabase(
  scale: number,
  progress: (line: string) => void,
  url: string = loadEnv().BENCH_DATABASE_URL,
): Promise<PreparedDatabase> {
  const existed = await databaseExists(url);
  if (!existed) await ensurePostgresDatabase(url);
  const handle = createDatabase({ url, poolSize: 2 });
  try {
    const applied = await migrateToLatest(handle.db);
    if (applied.length > 0) progress(`migrations applied: ${applied.length}`);
    const loaded = await handle.db.selectFrom('tools').select('id').limit(1).executeTakeFirst();
    if (loaded) {
      // The scale dataset's members are bench-user-N; until its loader is wired in, that is how it is told apart.
      const synthetic = await handle.db.selectFrom('users').select('id').where('username', 'like', 'bench-user-%').limit(1).executeTakeFirst();
      return { url, dataset: synthetic ? 'scale' : 'demo', created: false };
    }
    progress(`${adminUrl(url).name} is empty: seeding the demo community (the scale ${scale} dataset is not wired in yet)`);
    await seed(handle.db, { demo: true, progress: (line) => progress(`seed: ${line}`) });
    return { url, dataset: 'demo', created: true };
  } finally {
    await handle.close();
  }
}
