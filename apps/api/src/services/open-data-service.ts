import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Database, Engine } from '@stackyard/db';
import { OPEN_DATA_LICENSE, openDataManifestSchema, type OpenDataFile, type OpenDataManifest } from '@stackyard/domain';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { AppError } from '../errors/app-error.js';
import {
  decisionsBatch,
  peopleBatch,
  readOneSnapshot,
  reasonsBatch,
  stacksBatch,
  toolsBatch,
} from '../repositories/open-data-repository.js';
import { scheduleOneOfAKind, type Schedule } from './one-of-a-kind.js';
import { openDataLicense, openDataReadme } from './open-data-texts.js';
import { listFunctionsWithToolCounts } from '../repositories/category-repository.js';

const BATCH = 1000;
/** Dumps kept besides the newest, so a download under way when a new one lands can finish. */
const KEEP = 3;
const MANIFEST = 'manifest.json';
const PARTIAL = '.partial';

type Batch = (db: Kysely<Database>, after: number, limit: number) => Promise<({ id: number } & Record<string, unknown>)[]>;

/** Each JSON Lines file and how its rows are read; `id` only orders the walk and is kept where it is a name. */
const TABLES: { name: OpenDataFile; read: Batch; keepId: boolean }[] = [
  // A few hundred functions: one read, in taxonomy order, numbered only to end the walk.
  { name: 'taxonomy.jsonl', read: async (db, after) => (after > 0 ? [] : (await listFunctionsWithToolCounts(db)).map((row, index) => ({ id: index + 1, ...row }))), keepId: false },
  { name: 'tools.jsonl', read: toolsBatch, keepId: false },
  { name: 'stacks.jsonl', read: stacksBatch, keepId: false },
  { name: 'reasons.jsonl', read: reasonsBatch, keepId: true },
  { name: 'decisions.jsonl', read: decisionsBatch, keepId: true },
  { name: 'people.jsonl', read: peopleBatch, keepId: false },
];

const CONTENT_TYPES: Record<string, string> = {
  '.jsonl': 'application/x-ndjson; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '': 'text/plain; charset=utf-8',
};

/**
 * Writes the public dataset into a new folder of `dir`, named by its time: every file read in one
 * read-only snapshot, then a manifest with each file's rows, size and SHA-256. The folder is written as
 * `<name>.partial` and renamed when complete, so a reader never sees half a dump; older dumps beyond the
 * newest few are removed.
 */
export async function writeOpenDataDump(
  db: Kysely<Database>,
  dir: string,
  now: Date,
  progress: (line: string) => void = () => undefined,
): Promise<{ folder: string; manifest: OpenDataManifest }> {
  const createdAt = now.toISOString();
  const name = createdAt.replace(/[:.]/g, '-');
  const folder = path.join(dir, name);
  const partial = `${folder}${PARTIAL}`;
  await mkdir(partial, { recursive: true });
  try {
    const files: OpenDataManifest['files'] = [];
    await db.transaction().execute(async (trx) => {
      await readOneSnapshot(trx);
      for (const table of TABLES) {
        const written = await writeJsonLines(path.join(partial, table.name), trx, table.read, table.keepId);
        files.push(describe(table.name, written));
        progress(`${table.name}: ${written.rows.toLocaleString('en')} ${written.rows === 1 ? 'row' : 'rows'}`);
      }
    });
    for (const [file, text] of [['README.md', openDataReadme(createdAt)], ['LICENSE', openDataLicense()]] as const) {
      await writeFile(path.join(partial, file), text);
      files.push(describe(file, { rows: null, bytes: Buffer.byteLength(text), sha256: sha256(text) }));
    }
    const manifest: OpenDataManifest = { createdAt, license: { ...OPEN_DATA_LICENSE }, files };
    await writeFile(path.join(partial, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    await rename(partial, folder);
    await removeOlderDumps(dir);
    return { folder, manifest };
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Takes a dump now and then every `intervalMs`, in one process of the cluster at a time; a run finding a dump
 * younger than half the interval (another replica's, or one from before a restart) leaves it at that.
 */
export function scheduleOpenDataDumps(
  database: { db: Kysely<Database>; engine: Engine },
  dir: string,
  logger: Logger,
  intervalMs: number,
  clock: () => Date = () => new Date(),
): Schedule {
  return scheduleOneOfAKind(database, 'open-data-dump', {
    intervalMs,
    logger,
    label: 'Open-data dump',
    work: async () => {
      const newest = await newestManifest(dir);
      if (newest && clock().getTime() - Date.parse(newest.createdAt) < intervalMs / 2) return { taken: false, newest: newest.createdAt };
      const { folder } = await writeOpenDataDump(database.db, dir, clock());
      return { taken: true, folder };
    },
  });
}

/** The newest complete dump's manifest; a 404 when none was taken. */
export async function latestOpenDataDump(dir: string): Promise<OpenDataManifest> {
  const manifest = await newestManifest(dir);
  if (!manifest) throw noDumpYet();
  return manifest;
}

/** One file of the newest dump, to stream: its content type, size and hash come from the manifest. */
export async function openDataFile(dir: string, name: OpenDataFile): Promise<{ stream: Readable; contentType: string; bytes: number; sha256: string }> {
  const folder = await newestDumpFolder(dir);
  const entry = folder && (await readManifest(dir, folder)).files.find((file) => file.name === name);
  if (!folder || !entry) throw noDumpYet();
  return {
    stream: createReadStream(path.join(dir, folder, name)),
    contentType: CONTENT_TYPES[path.extname(name)] ?? CONTENT_TYPES['']!,
    bytes: entry.bytes,
    sha256: entry.sha256,
  };
}

async function newestManifest(dir: string): Promise<OpenDataManifest | null> {
  const folder = await newestDumpFolder(dir);
  return folder ? readManifest(dir, folder) : null;
}

async function readManifest(dir: string, folder: string): Promise<OpenDataManifest> {
  return openDataManifestSchema.parse(JSON.parse(await readFile(path.join(dir, folder, MANIFEST), 'utf8')));
}

async function writeJsonLines(file: string, db: Kysely<Database>, read: Batch, keepId: boolean) {
  const out = createWriteStream(file);
  const hash = createHash('sha256');
  let rows = 0;
  let bytes = 0;
  try {
    for (let after = 0; ; ) {
      const batch = await read(db, after, BATCH);
      if (batch.length === 0) break;
      let chunk = '';
      for (const row of batch) {
        const { id, ...rest } = row;
        chunk += `${JSON.stringify(keepId ? { id, ...rest } : rest)}\n`;
      }
      hash.update(chunk);
      bytes += Buffer.byteLength(chunk);
      rows += batch.length;
      // Waits for the disk when it is slower than the database, so memory holds one batch at most.
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      after = batch[batch.length - 1]!.id;
    }
  } finally {
    out.end();
    await finished(out);
  }
  return { rows, bytes, sha256: hash.digest('hex') };
}

function describe(name: OpenDataFile, written: { rows: number | null; bytes: number; sha256: string }): OpenDataManifest['files'][number] {
  return { name, ...written, path: `/api/v1/dumps/latest/${name}` };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Dump folders are named by their ISO time, so the newest sorts last; a `.partial` one is still being written. */
async function completeDumpFolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.endsWith(PARTIAL))
    .map((entry) => entry.name)
    .sort();
}

async function newestDumpFolder(dir: string): Promise<string | undefined> {
  return (await completeDumpFolders(dir)).at(-1);
}

async function removeOlderDumps(dir: string): Promise<void> {
  const folders = await completeDumpFolders(dir);
  for (const old of folders.slice(0, Math.max(0, folders.length - KEEP))) await rm(path.join(dir, old), { recursive: true, force: true });
}

function noDumpYet(): AppError {
  return AppError.notFound('An open-data dump');
}
