/**
 * The one step that decides what the benchmark runs on: the scale dataset's database (BENCH_DATABASE_URL,
 * see env.ts), loaded by `loadScaleData` from @stackyard/db/scale when it is missing or holds another scale,
 * another version of the generator or an older schema. Nothing else in the harness knows how the data got
 * there (see bench-repository.ts).
 */
import { createDatabase } from '@stackyard/db';
import { createScaleDatabase, loadScaleData, readScaleDataMark, scaleDataMatches } from '@stackyard/db/scale';
import pg from 'pg';
import { benchDatabaseUrl, loadEnv } from '../src/env.js';

export interface PreparedDatabase {
  url: string;
  /** What it holds. */
  dataset: 'scale';
  /** Whether this run loaded it. */
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

/** Makes the benchmark database hold the scale dataset at `scale`, loading it when it does not (with progress). */
export async function prepareBenchDatabase(
  scale: number,
  progress: (line: string) => void,
  url: string = benchDatabaseUrl(loadEnv()),
): Promise<PreparedDatabase> {
  if (await databaseExists(url)) {
    const existing = createDatabase({ url, poolSize: 1 });
    try {
      if (scaleDataMatches(await readScaleDataMark(existing.db), scale)) return { url, dataset: 'scale', created: false };
    } finally {
      await existing.close();
    }
  }
  progress(`${adminUrl(url).name} does not hold the scale ${scale} dataset: loading it`);
  await createScaleDatabase(url);
  const handle = createDatabase({ url, poolSize: 3 });
  try {
    await loadScaleData(handle.db, {
      scale,
      progress: ({ name, rows, seconds }) => progress(`load: ${name} ${rows === null ? '' : `${rows.toLocaleString('en')} rows `}in ${seconds.toFixed(1)} s`),
    });
    return { url, dataset: 'scale', created: true };
  } finally {
    await handle.close();
  }
}
