import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { createDatabase, LOCK_FILE, type DatabaseHandle, type Engine } from '@stackyard/db';
import { AppError } from '../errors/app-error.js';
import { pingDatabase } from '../repositories/health-repository.js';
import { checkpoint, listTables } from '../repositories/maintenance-repository.js';

/**
 * Backups of either engine, taken while the server runs and restored only into an empty database:
 * - PostgreSQL: `pg_dump --format=custom` (one consistent snapshot, other sessions go on meanwhile), put
 *   back with `pg_restore --single-transaction` (all of it or, on any error, nothing);
 * - the embedded database: PGlite's own tarball of its data directory, taken through the one connection
 *   (so no transaction is half written while its files are read) after a checkpoint, without the lock file
 *   of the server that has it open, put back by starting PGlite on an empty directory from it.
 * A backup is written under a `.partial` name and renamed when complete, so no half file ever looks like one.
 */
const EXTENSIONS: Record<Engine, string> = { postgres: '.pgdump', pglite: '.tar.gz' };
const PARTIAL = '.partial';

/** Hears what is being copied now (a table, the data directory). */
export type Progress = (step: string) => void;

export interface Backup {
  file: string;
  engine: Engine;
  bytes: number;
}

/** Which engine a backup file is of, from its name (as `backUp` names them), or null. */
export function backupEngine(file: string): Engine | null {
  for (const [engine, extension] of Object.entries(EXTENSIONS) as [Engine, string][]) if (file.endsWith(extension)) return engine;
  return null;
}

/** `stackyard-2026-12-03T12-00-00Z.pgdump`: sorts by time, and says what it is of. */
function backupName(engine: Engine, now: Date): string {
  return `stackyard-${now.toISOString().replace(/\.\d+Z$/, 'Z').replaceAll(':', '-')}${EXTENSIONS[engine]}`;
}

/** Writes a backup of `database` into `dir` (created when missing), telling `progress` what it copies. */
export async function backUp(database: DatabaseHandle, dir: string, now: Date, progress: Progress = () => {}): Promise<Backup> {
  await mkdir(dir, { recursive: true });
  const file = path.resolve(dir, backupName(database.engine, now));
  const partial = file + PARTIAL;
  try {
    if (database.engine === 'postgres') {
      if (!database.url) throw new Error('A PostgreSQL backup needs the database URL');
      await runTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`], database.url, progress);
    } else {
      progress('the data directory, after a checkpoint');
      await writeFile(partial, Buffer.from(await (await embeddedTarball(database)).arrayBuffer()));
    }
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
  return { file, engine: database.engine, bytes: (await stat(file)).size };
}

async function embeddedTarball(database: DatabaseHandle): Promise<Blob> {
  const pglite = database.pglite;
  if (!pglite) throw new Error('No embedded database to back up');
  // Holding the one connection, no request's transaction is open while the files are read; the checkpoint
  // writes every committed page into them, so the copy needs no recovery when it starts.
  const tarball = await database.db.connection().execute(async (connection) => {
    await checkpoint(connection);
    return pglite.dumpDataDir('none');
  });
  // The lock file is this server's, not the database's: restored, it would say that this server has the copy open.
  const databaseOnly = withoutEntries(new Uint8Array(await tarball.arrayBuffer()), (name) => name.replace(/^\.?\/+/, '') === LOCK_FILE);
  return new Blob([await gzipped(databaseOnly)]);
}

const BLOCK = 512;
const gzipped = promisify(gzip);

/** A tar archive without the entries `drop` names (a ustar entry: a 512-byte header, then its data in whole blocks). */
function withoutEntries(tar: Uint8Array, drop: (name: string) => boolean): Uint8Array {
  const field = (header: Uint8Array, start: number, length: number) => {
    const bytes = header.subarray(start, start + length);
    const end = bytes.indexOf(0);
    return Buffer.from(end < 0 ? bytes : bytes.subarray(0, end)).toString('utf8');
  };
  const kept: Uint8Array[] = [];
  let offset = 0;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const prefix = field(header, 345, 155);
    const name = prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100);
    const size = parseInt(field(header, 124, 12).trim() || '0', 8);
    const end = offset + BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (!drop(name)) kept.push(tar.subarray(offset, end));
    offset = end;
  }
  kept.push(new Uint8Array(2 * BLOCK));
  return Buffer.concat(kept);
}

export interface RestoreTarget {
  /** PostgreSQL: the database to restore into (it must hold no table). */
  url?: string | undefined;
  /** The embedded database: the directory to restore into (it must be missing or empty). */
  dataDir: string;
}

/**
 * Restores `file` into the target its engine needs, refusing with an AppError (and changing nothing) when that
 * target already holds data or the file is not a backup. Returns the restored database, open: the caller
 * checks it and closes it.
 */
export async function restore(
  file: string,
  target: RestoreTarget,
  open: (url: string) => Promise<DatabaseHandle>,
  progress: Progress = () => {},
): Promise<DatabaseHandle> {
  const engine = backupEngine(file);
  if (!engine) throw new AppError('validation_failed', `${file} is not a backup (a ${Object.values(EXTENSIONS).join(' or ')} file)`);
  if (!existsSync(file)) throw new AppError('not_found', `${file} does not exist`);
  if (engine === 'postgres') {
    if (!target.url) throw new AppError('validation_failed', `${path.basename(file)} is a PostgreSQL backup: set DATABASE_URL to the (empty) database to restore it into`);
    const database = await open(target.url);
    try {
      const tables = await listTables(database.db);
      if (tables.length > 0) {
        throw new AppError('conflict', `The database of DATABASE_URL already has ${tables.length} tables: restore into an empty one (createdb a new name, point DATABASE_URL at it)`);
      }
      await runTool('pg_restore', ['--single-transaction', '--exit-on-error', '--no-owner', '--no-privileges', file], target.url, progress);
      return database;
    } catch (error) {
      await database.close();
      throw error;
    }
  }
  if (target.url) throw new AppError('validation_failed', `${path.basename(file)} is a backup of the embedded database: unset DATABASE_URL and set STACKYARD_DATA_DIR to an empty directory`);
  if (existsSync(target.dataDir) && readdirSync(target.dataDir).length > 0) {
    throw new AppError('conflict', `${path.resolve(target.dataDir)} is not empty: restore into an empty STACKYARD_DATA_DIR (or move this one aside)`);
  }
  progress(`the data directory into ${path.resolve(target.dataDir)}`);
  const database = createDatabase({ dataDir: target.dataDir, loadDataDir: new Blob([await readFile(file)]) });
  try {
    await pingDatabase(database.db);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** What pg_dump and pg_restore say, verbose, as they start on each table's rows. */
const TABLE_STEP = /(?:dumping contents of|processing data for) table "(?:public\.)?([^"]+)"/;

/**
 * Runs pg_dump or pg_restore on the database of `url`, telling `progress` each table it reaches; rejects with
 * what it printed when it fails. The password travels in PGPASSWORD rather than on the command line, which
 * every user of the machine can read.
 */
function runTool(tool: 'pg_dump' | 'pg_restore', args: string[], url: string, progress: Progress): Promise<void> {
  const address = new URL(url);
  const password = decodeURIComponent(address.password);
  address.password = '';
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
  return new Promise((resolve, reject) => {
    const child = spawn(tool, [`--dbname=${address.toString()}`, '--verbose', ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    const problems: string[] = [];
    createInterface({ input: child.stderr }).on('line', (line) => {
      const table = TABLE_STEP.exec(line)?.[1];
      if (table) progress(table);
      else if (/error|warning|fatal/i.test(line) && problems.length < 20) problems.push(line);
    });
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' ? new Error(`${tool} is not installed: it comes with PostgreSQL's client tools (apt-get install postgresql-client)`) : error),
    );
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`${tool} failed (exit ${code}): ${problems.join('\n')}`))));
  });
}
