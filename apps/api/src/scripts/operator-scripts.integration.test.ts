import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCK_FILE } from '@stackyard/db';
import { testEngine, testServerUrl, urlForDatabase } from '@stackyard/db/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript, startServerProcess, stopServerProcess } from '../testing/server-process.js';

describe('the operator scripts', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  /** A database of the project's engine that no process has open yet: a data directory, or a PostgreSQL database the server creates. */
  let env: Record<string, string>;
  beforeAll(async () => {
    if (testEngine() === 'pglite') {
      const dataDir = await mkdtemp(join(tmpdir(), 'stackyard-scripts-'));
      cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
      env = { STACKYARD_DATA_DIR: dataDir };
    } else {
      const name = `stackyard_scripts_${randomBytes(4).toString('hex')}`;
      env = { DATABASE_URL: urlForDatabase(testServerUrl(), name) };
      cleanups.push(async () => {
        const admin = new pg.Client({ connectionString: testServerUrl() });
        await admin.connect();
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      });
    }
  });

  it('run while the server runs, on the database it serves', async () => {
    const dumpDir = await mkdtemp(join(tmpdir(), 'stackyard-scripts-dumps-'));
    cleanups.push(() => rm(dumpDir, { recursive: true, force: true }));
    const server = await startServerProcess({ ...env, STACKYARD_DUMP_DIR: dumpDir });
    try {
      const signup = await fetch(`${server.url}/api/v1/auth/signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
        body: JSON.stringify({ username: 'alice', email: 'alice@example.org', password: 'correct horse battery staple 42' }),
      });
      expect(signup.status).toBe(201);
      const cookie = signup.headers.get('set-cookie')!.split(';')[0]!;

      const [role, migrate, stats, usage] = await Promise.all([
        runScript('set-role', ['alice', 'admin'], env),
        runScript('migrate', [], env),
        // No tool has a repository in a database without the catalogue, so nothing is fetched from GitHub.
        runScript('stats-sync', [], { ...env, GITHUB_API_URL: 'http://127.0.0.1:9' }),
        runScript('set-role', ['alice'], env),
      ]);
      expect(role).toMatchObject({ code: 0, stdout: 'alice is now admin.\n' });
      expect(migrate).toMatchObject({ code: 0, stdout: 'Already up to date.\n' });
      expect(stats).toMatchObject({ code: 0, stdout: expect.stringContaining('of 0 tools with a repository.') });
      expect(usage.code).toBe(1);
      expect(usage.stderr).toContain('Usage: pnpm user:role <username> <member|moderator|admin>');

      // The server sees the change the script made.
      const me = await fetch(`${server.url}/api/v1/me`, { headers: { cookie } });
      expect(((await me.json()) as { user: { role: string } }).user.role).toBe('admin');

      // A dump the script wrote is the one the server serves, with the member in it.
      const dump = await runScript('dump', [], { ...env, STACKYARD_DUMP_DIR: dumpDir });
      expect(dump).toMatchObject({ code: 0, stdout: expect.stringContaining('people.jsonl: 1 row') });
      const manifest = (await (await fetch(`${server.url}/api/v1/dumps/latest`)).json()) as { files: { name: string; path: string }[] };
      const people = await fetch(`${server.url}${manifest.files.find((file) => file.name === 'people.jsonl')!.path}`);
      expect(JSON.parse((await people.text()).trim())).toMatchObject({ username: 'alice' });
    } finally {
      expect(await stopServerProcess(server)).toBe(0);
    }
  });

  it('back up the database the server serves while it runs, and restore that backup into an empty one', async () => {
    const backupDir = await mkdtemp(join(tmpdir(), 'stackyard-scripts-backups-'));
    cleanups.push(() => rm(backupDir, { recursive: true, force: true }));
    const server = await startServerProcess(env);
    let file: string;
    try {
      const backup = await runScript('backup', [], { ...env, STACKYARD_BACKUP_DIR: backupDir });
      // Nothing went wrong (on the embedded database, the script says it asks the server to run it).
      expect(backup.stderr.replace(/^Process \d+ has the embedded database open: asking it to run backup\.\n/, '')).toBe('');
      expect(backup).toMatchObject({ code: 0, stdout: expect.stringContaining('Restore it into an empty database with: npm run pnpm -- restore') });
      file = /^Wrote (\S+) \(/m.exec(backup.stdout)![1]!;
      expect(file.startsWith(backupDir)).toBe(true);
      // The server went on answering.
      expect((await fetch(`${server.url}/api/health/ready`)).status).toBe(200);
    } finally {
      expect(await stopServerProcess(server)).toBe(0);
    }

    // Into the server's own database, which holds data: refused, nothing touched.
    const refused = await runScript('restore', [file], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already has \d+ tables|is not empty/);

    const target: Record<string, string> =
      testEngine() === 'pglite'
        ? { STACKYARD_DATA_DIR: join(backupDir, 'restored') }
        : { DATABASE_URL: urlForDatabase(testServerUrl(), `stackyard_scripts_restored_${randomBytes(4).toString('hex')}`) };
    const url = target.DATABASE_URL;
    if (url) {
      cleanups.push(async () => {
        const admin = new pg.Client({ connectionString: testServerUrl() });
        await admin.connect();
        await admin.query(`drop database if exists ${new URL(url).pathname.slice(1)} with (force)`);
        await admin.end();
      });
    }
    const restored = await runScript('restore', [file], target);
    expect(restored).toMatchObject({ code: 0, stdout: expect.stringContaining('Every cached counter matches its rows.') });
    expect(restored.stdout).toMatch(/Restored [\d,]+ rows in \d+ tables/);
  });

  it('refuse, naming the process that has the embedded database open, when it takes no commands', async () => {
    // A process that holds the lock but listens on no socket: this test's own, alive, on this host.
    const dataDir = await mkdtemp(join(tmpdir(), 'stackyard-scripts-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    writeFileSync(join(dataDir, LOCK_FILE), `${process.pid}\n${hostname()}\n`);

    const result = await runScript('migrate', [], { STACKYARD_DATA_DIR: dataDir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`The embedded database in ${dataDir} is in use by process ${process.pid}`);
    expect(result.stderr).toContain('so db:migrate did not run');
    expect(result.stderr).toContain('stop that process first');
  });
});
