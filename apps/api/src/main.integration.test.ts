import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase } from '@stackyard/db';
import { testEngine, testServerUrl, urlForDatabase } from '@stackyard/db/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are whatever the server sent */
const getJson = async (url: string): Promise<any> => (await fetch(url)).json();

const apiDir = fileURLToPath(new URL('..', import.meta.url));

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs `src/main.ts` as its own process, as `npm run up` does, and waits for it to answer. */
async function startProcess(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const port = await freePort();
  const { DATABASE_URL: _unused, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiDir,
    env: { ...inherited, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', STACKYARD_WEB_DIR: tmpdir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output}`);
    const ok = await fetch(`${url}/api/health`).then((response) => response.ok, () => false);
    if (ok) return { child, url, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not answer within 90 s:\n${output}`);
}

async function stopProcess(child: ChildProcess): Promise<number | null> {
  child.kill('SIGTERM');
  const [code] = await once(child, 'exit');
  return code as number | null;
}

describe('the server process', () => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    if (testEngine() === 'pglite') {
      const dataDir = await mkdtemp(join(tmpdir(), 'stackyard-main-'));
      env = { STACKYARD_DATA_DIR: dataDir };
      cleanup = () => rm(dataDir, { recursive: true, force: true });
    } else {
      // A database that does not exist yet: the server creates it.
      const name = `stackyard_main_${randomBytes(4).toString('hex')}`;
      env = { DATABASE_URL: urlForDatabase(testServerUrl(), name) };
      cleanup = async () => {
        const admin = new pg.Client({ connectionString: testServerUrl() });
        await admin.connect();
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      };
    }
  });
  afterAll(() => cleanup());

  it('migrates, seeds an empty database, serves it, and stops cleanly on SIGTERM', async () => {
    const first = await startProcess({ ...env, STACKYARD_SEED: 'catalogue' });
    const health = await getJson(`${first.url}/api/health`);
    expect(health.database.engine).toBe(testEngine());
    const tools = await getJson(`${first.url}/api/v1/tools?q=gun`);
    expect(tools.items.map((tool: { slug: string }) => tool.slug)).toContain('gunicorn');
    expect(first.output()).toContain('seed: tools:');
    expect(await stopProcess(first.child)).toBe(0);
    expect(first.output()).toContain('stopped cleanly');

    // A database written by another build names other logo files (or none): a start points it at its own.
    const between = createDatabase({ url: env.DATABASE_URL, dataDir: env.STACKYARD_DATA_DIR });
    await between.db.updateTable('tools').set({ logo_url: null }).where('slug', '=', 'passenger').execute();
    await between.close();

    // The data outlives the process, and a second start seeds nothing.
    const second = await startProcess(env);
    const passenger = await getJson(`${second.url}/api/v1/tools/passenger`);
    expect(passenger.tool.path.function.name).toBe('Web Servers');
    expect(passenger.tool.logoUrl).toMatch(/^\/logos\/passenger\.[0-9a-f]{8}\.svg$/);
    expect(second.output()).toContain("logos: 1 tool now names this build's logo files");
    expect(second.output()).not.toContain('seeding an empty database');
    expect(await stopProcess(second.child)).toBe(0);
  });

  it('refuses to start with a bad setting, naming it', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: apiDir,
      env: { ...process.env, PORT: 'not-a-port' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr.on('data', (chunk) => (output += chunk));
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(output).toContain('PORT');
  });
});
