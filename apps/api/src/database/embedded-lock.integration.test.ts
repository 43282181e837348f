import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, LOCK_FILE } from '@stackyard/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitCodeOf, spawnServer, startServerProcess, stopServerProcess, type ServerProcess } from '../testing/server-process.js';

// The lock belongs to the embedded database, so the servers here use one whatever the project's engine.

async function signUp(server: ServerProcess, username: string): Promise<number> {
  const response = await fetch(`${server.url}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ username, email: `${username}@example.org`, password: 'correct horse battery staple 42' }),
  });
  return response.status;
}

describe('two servers on one embedded data directory', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'stackyard-lock-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('refuses the second, naming the directory and the pid of the first, which keeps serving and keeps its writes', async () => {
    const first = await startServerProcess({ STACKYARD_DATA_DIR: dataDir });
    try {
      expect(await signUp(first, 'before_second')).toBe(201);

      const second = await spawnServer({ STACKYARD_DATA_DIR: dataDir });
      // Bounded: a second server that starts (the old behaviour) is killed after 30 s and has no exit code.
      expect(await exitCodeOf(second.child, second.ended, 30_000)).toBe(1);
      expect(second.output()).toContain(`The embedded database in ${dataDir} is in use by process ${first.child.pid}`);
      expect(second.output()).toContain('stop that process first');

      expect(await signUp(first, 'after_second')).toBe(201);
    } finally {
      expect(await stopServerProcess(first)).toBe(0);
    }
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);

    const reopened = createDatabase({ dataDir });
    try {
      const users = await reopened.db.selectFrom('users').select('username').orderBy('username').execute();
      expect(users.map((user) => user.username)).toEqual(['after_second', 'before_second']);
    } finally {
      await reopened.close();
    }
  });
});
