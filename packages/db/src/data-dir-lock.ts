import { randomBytes } from 'node:crypto';
import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * One process at a time may open an embedded data directory: two PGlite instances on the same files both
 * start, hand out the same ids, and the one that stops last overwrites what the other acknowledged. The
 * owner keeps a lock file in the directory holding its pid (and host), created atomically and removed at
 * close; a lock whose process is gone is taken over.
 */
export const LOCK_FILE = 'stackyard.lock';

export interface LockHolder {
  pid: number;
  host: string;
}

export interface DataDirLock {
  readonly dataDir: string;
  readonly path: string;
  /** Removes the lock file if it is still this lock's. Safe to call more than once. */
  release(): void;
}

/** The data directory is open in another process (or already in this one). */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly lockPath: string,
    readonly holder: LockHolder,
  ) {
    const where = holder.host === hostname() ? '' : ` on host ${holder.host}`;
    const who = holder.pid === process.pid && where === '' ? ' (this process)' : '';
    super(
      `The embedded database in ${dataDir} is in use by process ${holder.pid}${where}${who}. ` +
        'Only one process may open it at a time, or acknowledged writes are lost: stop that process first ' +
        `(or set DATABASE_URL to use PostgreSQL). If no such process is running, delete ${lockPath}.`,
    );
    this.name = 'DataDirLockedError';
  }
}

/** Lock files this process holds, so that a lock naming this pid is told apart from a stale one of a former process with the same pid (a restarted container is pid 1 again). */
const heldHere = new Set<string>();

/** Takes the data directory's lock, or throws DataDirLockedError naming the process that holds it. */
export function lockDataDir(dataDir: string): DataDirLock {
  const dir = resolve(dataDir);
  const path = join(dir, LOCK_FILE);
  const content = `${process.pid}\n${hostname()}\n${new Date().toISOString()} ${randomBytes(4).toString('hex')}\n`;
  // Bounded: each round either takes the lock, finds a live holder, or clears a stale one.
  for (let attempt = 0; attempt < 5; attempt++) {
    if (createExclusively(path, content)) {
      heldHere.add(path);
      return holdLock(dir, path, content);
    }
    const found = readLock(path);
    if (found === undefined) continue; // released in the meantime
    if (found.holder && isAlive(found.holder, path)) throw new DataDirLockedError(dir, path, found.holder);
    clearStale(path, found.text);
  }
  const holder = readLock(path)?.holder;
  if (holder) throw new DataDirLockedError(dir, path, holder);
  throw new Error(`Could not take the lock ${path}: other processes keep replacing it.`);
}

/** Who holds a data directory's lock, if anyone (for messages). */
export function readLockHolder(dataDir: string): LockHolder | null {
  return readLock(join(resolve(dataDir), LOCK_FILE))?.holder ?? null;
}

function holdLock(dataDir: string, path: string, content: string): DataDirLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    heldHere.delete(path);
    process.removeListener('exit', release);
    // Only remove our own file: after a takeover (our process looked dead to someone) it is theirs.
    if (readLock(path)?.text === content) unlinkQuietly(path);
  };
  // A process that exits without closing the database (a crash in start-up) leaves no lock behind.
  process.on('exit', release);
  return { dataDir, path, release };
}

/**
 * Creates the lock file with its content in one step: written to a temporary file first, then hard-linked
 * to the lock's name, which fails if the name exists. A reader never sees a half-written lock.
 */
function createExclusively(path: string, content: string): boolean {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(temporary, content, { flag: 'wx' });
    linkSync(temporary, path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(errorCode(error) ?? '')) throw error;
    // A file system without hard links: exclusive create, then write.
    return createWithOpen(path, content);
  } finally {
    unlinkQuietly(temporary);
  }
}

function createWithOpen(path: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** The lock file's text and holder (null when it does not parse), or undefined when there is none. */
function readLock(path: string): { text: string; holder: LockHolder | null } | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
  const [pidLine, host] = text.split('\n');
  const pid = Number(pidLine);
  return { text, holder: Number.isSafeInteger(pid) && pid > 0 && host ? { pid, host } : null };
}

/** Whether the holder may still be running. A process on another host cannot be checked, so it counts as alive. */
function isAlive(holder: LockHolder, path: string): boolean {
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return heldHere.has(path);
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errorCode(error) !== 'ESRCH';
  }
}

/**
 * Removes a stale lock without removing a fresh one that another starting process put there since it was
 * read: the file is renamed aside (atomic), and put back if what was moved is not the stale lock.
 */
function clearStale(path: string, staleText: string): void {
  const aside = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.stale`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  try {
    if (readLock(aside)?.text !== staleText) {
      try {
        linkSync(aside, path);
      } catch (error) {
        if (errorCode(error) !== 'EEXIST') throw error;
      }
    }
  } finally {
    unlinkQuietly(aside);
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}
