import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const apiDir = fileURLToPath(new URL('..', import.meta.url));

describe('the server process in production', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'stackyard-public-url-'));
  });
  afterAll(() => rm(scratch, { recursive: true, force: true }));

  it('refuses to start without STACKYARD_PUBLIC_URL, naming it, before it opens the database', async () => {
    const dataDir = join(scratch, 'data');
    const { DATABASE_URL: _database, STACKYARD_PUBLIC_URL: _publicUrl, ...inherited } = process.env;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: apiDir,
      env: { ...inherited, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', STACKYARD_DATA_DIR: dataDir, STACKYARD_WEB_DIR: tmpdir() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    // A server that starts anyway never exits by itself: stop it, and let the expectations say why.
    const guard = setTimeout(() => child.kill('SIGKILL'), 45_000);
    const [code] = await once(child, 'exit');
    clearTimeout(guard);
    expect(output).toContain('STACKYARD_PUBLIC_URL must be set in production');
    expect(code).toBe(1);
    expect(existsSync(dataDir)).toBe(false);
  });
});
