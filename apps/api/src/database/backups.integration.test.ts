import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, ensurePostgresDatabase, findCounterDrift, readLockHolder, type Database, type DatabaseHandle } from '@stackyard/db';
import { createTestDatabase, testEngine, testServerUrl, urlForDatabase, withServer } from '@stackyard/db/testing';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { AppError } from '../errors/app-error.js';
import { countRowsPerTable, listTables } from '../repositories/maintenance-repository.js';
import { backUp, restore, type Backup } from './backups.js';

/** Every table's rows, as one digest per table: equal digests, equal contents. */
async function fingerprint(db: Kysely<Database>): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const table of await listTables(db)) {
    const { rows } = await sql<{ digest: string | null }>`select md5(string_agg(t::text, '|' order by t::text)) as digest from ${sql.table(table)} t`.execute(db);
    digests[table] = rows[0]!.digest ?? 'empty';
  }
  return digests;
}

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function temporaryDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** The seeded demo database this engine's tests clone, kept where a backup can be taken of it. */
async function sourceDatabase(): Promise<DatabaseHandle> {
  if (testEngine() === 'postgres') return createTestDatabase();
  // A data directory on disk, as the server keeps one (the tests' own clones live in memory).
  const dataDir = await temporaryDir('stackyard-backup-source-');
  return createDatabase({ dataDir, loadDataDir: new Blob([await readFile(inject('pgliteTemplate'))]) });
}

/** Where this engine restores to: a database nobody has created yet, or a directory that does not exist yet. */
async function emptyTarget(): Promise<{ url?: string; dataDir: string }> {
  const dataDir = join(await temporaryDir('stackyard-restore-'), 'data');
  if (testEngine() === 'pglite') return { dataDir };
  const name = `stackyard_restore_${randomBytes(4).toString('hex')}`;
  cleanups.push(() => withServer((client) => client.query(`drop database if exists ${name} with (force)`)));
  return { url: urlForDatabase(testServerUrl(), name), dataDir };
}

const open = async (url: string) => {
  await ensurePostgresDatabase(url);
  return createDatabase({ url, poolSize: 2 });
};

describe(`a backup of the ${testEngine()} database`, () => {
  let source: DatabaseHandle;
  let backupDir: string;
  let backup: Backup;
  const steps: string[] = [];

  beforeAll(async () => {
    source = await sourceDatabase();
    cleanups.push(() => source.close());
    backupDir = await temporaryDir('stackyard-backups-');
  });

  it('is taken while a transaction is open, and holds only what was committed', async () => {
    const before = (await countRowsPerTable(source.db)).users!;
    let taking: Promise<Backup> | undefined;
    // A sign-up half way through: its user row is written, its transaction not yet ended, when the backup starts.
    await source.db
      .transaction()
      .execute(async (trx) => {
        await trx.insertInto('users').values({ username: 'halfway', email: 'halfway@example.org', password_hash: 'x' }).execute();
        taking = backUp(source, backupDir, new Date(), (step) => steps.push(step));
        // PostgreSQL: pg_dump runs beside the open transaction, start to end. The embedded database: the backup
        // waits for its one connection, which this transaction holds until it rolls back.
        if (testEngine() === 'postgres') await taking;
        throw new Error('roll back');
      })
      .catch((error: unknown) => {
        if (!(error instanceof Error) || error.message !== 'roll back') throw error;
      });
    backup = await taking!;
    expect(backup.engine).toBe(testEngine());
    expect(backup.bytes).toBeGreaterThan(10_000);
    expect(backup.file).toMatch(testEngine() === 'postgres' ? /\.pgdump$/ : /\.tar\.gz$/);
    expect((await countRowsPerTable(source.db)).users).toBe(before);
    // It said what it was copying as it went.
    expect(steps.length).toBeGreaterThan(0);
    if (testEngine() === 'postgres') expect(steps).toContain('users');
  });

  it('restores into an empty database with the same rows, byte for byte, and no counter drift', async () => {
    const target = await emptyTarget();
    const restored = await restore(backup.file, target, open);
    cleanups.push(() => restored.close());
    expect(await fingerprint(restored.db)).toEqual(await fingerprint(source.db));
    const counts = await countRowsPerTable(restored.db);
    expect(counts.users).toBeGreaterThan(10);
    const halfway = await restored.db.selectFrom('users').select('id').where('username', '=', 'halfway').executeTakeFirst();
    expect(halfway).toBeUndefined();
    expect(await findCounterDrift(restored.db)).toEqual([]);
    if (testEngine() === 'pglite') {
      // The copy is nobody's once closed: the backup did not carry the lock of the process that had the source open.
      await restored.close();
      expect(readLockHolder(target.dataDir)).toBeNull();
      const reopened = createDatabase({ dataDir: target.dataDir });
      cleanups.push(() => reopened.close());
      expect(await fingerprint(reopened.db)).toEqual(await fingerprint(source.db));
    }
  });

  it('refuses a database that already holds data, and changes nothing in it', async () => {
    const before = await fingerprint(source.db);
    const target = testEngine() === 'postgres' ? { url: source.url!, dataDir: 'unused' } : { dataDir: source.dataDir! };
    const refused = await restore(backup.file, target, open).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('conflict');
    expect(await fingerprint(source.db)).toEqual(before);
  });

  it('refuses a file that is not a backup, or one of the other engine', async () => {
    const dir = await temporaryDir('stackyard-not-backups-');
    const notes = join(dir, 'notes.txt');
    await writeFile(notes, 'not a backup');
    await expect(restore(notes, await emptyTarget(), open)).rejects.toMatchObject({ code: 'validation_failed' });
    const other = join(dir, testEngine() === 'postgres' ? 'stackyard-x.tar.gz' : 'stackyard-x.pgdump');
    await writeFile(other, 'x');
    await expect(restore(other, await emptyTarget(), open)).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(restore(join(dir, 'missing.pgdump'), await emptyTarget(), open)).rejects.toMatchObject({ code: 'not_found' });
  });
});
