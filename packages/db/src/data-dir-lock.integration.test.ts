import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, LOCK_FILE, lockDataDir } from './data-dir-lock.js';
import { createDatabase } from './database.js';

// The lock belongs to the embedded database, so this file opens one on a directory whatever the project's engine.

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'stackyard-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const lockText = (dir: string) => readFileSync(join(dir, LOCK_FILE), 'utf8');
const writeLock = (dir: string, pid: number, host = hostname()) => writeFileSync(join(dir, LOCK_FILE), `${pid}\n${host}\n2026-01-01T00:00:00.000Z\n`);

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await once(child, 'exit');
  return child.pid!;
}

describe('the embedded data directory lock', () => {
  it('refuses a second open of a data directory, naming it and the pid that holds it, until the first closes', async () => {
    const dir = freshDir();
    const first = createDatabase({ dataDir: dir });
    await first.db.selectNoFrom((eb) => eb.val(1).as('one')).execute();
    expect(lockText(dir).split('\n')[0]).toBe(String(process.pid));

    let refusal: unknown;
    try {
      createDatabase({ dataDir: dir });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DataDirLockedError);
    expect((refusal as Error).message).toContain(dir);
    expect((refusal as Error).message).toContain(`process ${process.pid}`);

    await first.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    lockDataDir(dir).release();
  });

  it('takes over a lock left by a process that is gone', async () => {
    const dir = freshDir();
    writeLock(dir, await deadPid());
    const lock = lockDataDir(dir);
    expect(lockText(dir).split('\n')[0]).toBe(String(process.pid));
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('takes over a lock naming this pid that this process does not hold (a restarted container is pid 1 again)', () => {
    const dir = freshDir();
    writeLock(dir, process.pid);
    const lock = lockDataDir(dir);
    expect(lockText(dir)).not.toContain('2026-01-01');
    lock.release();
  });

  it('takes over a lock file that does not parse (a crash before it reached the disk)', () => {
    const dir = freshDir();
    writeFileSync(join(dir, LOCK_FILE), '');
    lockDataDir(dir).release();
  });

  it('respects a lock of a live process, and takes it once that process has exited', async () => {
    const dir = freshDir();
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
    try {
      writeLock(dir, holder.pid!);
      expect(() => lockDataDir(dir)).toThrow(`in use by process ${holder.pid}`);
      expect(lockText(dir).split('\n')[0]).toBe(String(holder.pid));
    } finally {
      holder.kill('SIGKILL');
      await once(holder, 'exit');
    }
    lockDataDir(dir).release();
  });

  it('respects a lock taken on another host, whose process it cannot check', () => {
    const dir = freshDir();
    writeLock(dir, 4242, 'another-host.example');
    expect(() => lockDataDir(dir)).toThrow(/process 4242 on host another-host\.example.*delete .*stackyard\.lock/);
  });

  it('does not remove a lock that is no longer its own at release', () => {
    const dir = freshDir();
    const lock = lockDataDir(dir);
    writeLock(dir, 4242, 'another-host.example');
    lock.release();
    expect(lockText(dir)).toContain('another-host.example');
  });

  it('takes no lock for an in-memory database', async () => {
    const first = createDatabase({ dataDir: 'memory://' });
    const second = createDatabase({ dataDir: 'memory://' });
    await Promise.all([first.close(), second.close()]);
    expect(first.dataDir).toBeUndefined();
  });
});
