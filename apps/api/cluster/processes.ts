import { spawn } from 'node:child_process';
import { chownSync, closeSync, openSync, readFileSync } from 'node:fs';
import { createConnection } from 'node:net';

/**
 * The cluster's child processes: each started in the foreground (so its pid is the server's own, not a
 * launcher's), its output appended to a log file of its own, and stopped by pid. A pid is only ever
 * signalled while it still names the process that was started: its start time, read from /proc when it
 * started, must still match (pids are reused).
 */
export interface Child {
  name: string;
  pid: number;
  /** The process's start time (clock ticks since boot, /proc/<pid>/stat field 22), which tells it apart from a later process with the same pid. */
  started: number;
  log: string;
  /** Resolves when it has exited, to how. */
  exited: Promise<string>;
  /** Whether it is still running. */
  running(): boolean;
}

export interface ChildRecord {
  name: string;
  pid: number;
  started: number;
}

/** A system user's ids, for running PostgreSQL (which refuses to run as root) when the cluster runs as root. */
export function systemUser(name: string): { uid: number; gid: number } | null {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith(`${name}:`));
  if (!line) return null;
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/** The user PostgreSQL runs as: `postgres` when we are root, else ourselves. */
export function postgresUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const user = systemUser('postgres');
  if (!user) throw new Error('Running as root, PostgreSQL needs a user to run as: there is no "postgres" user on this machine');
  return user;
}

/** Gives `path` to `user` (when one is given: we are root). */
export function giveTo(path: string, user: { uid: number; gid: number } | null): void {
  if (user) chownSync(path, user.uid, user.gid);
}

export function startTimeOf(pid: number): number | null {
  try {
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[19]);
  } catch {
    return null;
  }
}

/** Whether `record` still names the process that was started (not a later one that reuses its pid). */
export function stillRunning(record: ChildRecord): boolean {
  return startTimeOf(record.pid) === record.started;
}

/** Sends `signal` to the recorded process, if it is still that process. */
export function signal(record: ChildRecord, name: NodeJS.Signals): boolean {
  if (!stillRunning(record)) return false;
  try {
    process.kill(record.pid, name);
    return true;
  } catch {
    return false;
  }
}

/** Starts `command` with its output appended to `log`; `as` runs it as another user (we are root). */
export function launch(
  name: string,
  command: string,
  args: string[],
  options: { log: string; env?: NodeJS.ProcessEnv; cwd?: string; as?: { uid: number; gid: number } | null },
): Child {
  const out = openSync(options.log, 'a');
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', out, out],
    // A process group of its own: Ctrl-C reaches the cluster's process alone, which stops each child in
    // turn (the proxy before the replicas, the databases last) instead of all of them at once.
    detached: true,
    ...(options.as ? { uid: options.as.uid, gid: options.as.gid } : {}),
  });
  closeSync(out);
  let done = false;
  const exited = new Promise<string>((resolve) => {
    child.once('error', (error) => {
      done = true;
      resolve(`${name} could not start: ${error.message}`);
    });
    child.once('exit', (code, by) => {
      done = true;
      resolve(by ? `killed by ${by}` : `exit ${code}`);
    });
  });
  const pid = child.pid ?? -1;
  return { name, pid, started: startTimeOf(pid) ?? -1, log: options.log, exited, running: () => !done };
}

/** Stops a child: `first` (its clean shutdown signal), then SIGKILL if it has not exited within `graceMs`. */
export async function stop(child: Child, first: NodeJS.Signals, graceMs: number): Promise<void> {
  if (!child.running()) return;
  signal(child, first);
  const killed = setTimeout(() => signal(child, 'SIGKILL'), graceMs);
  await child.exited;
  clearTimeout(killed);
}

/** Polls `ready` every 200 ms until it holds, the child exits (an error naming its log), or `timeoutMs` passes. */
export async function waitUntil(child: Child, what: string, ready: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!child.running()) throw new Error(`${child.name} ${await child.exited} before ${what}: see ${child.log}\n${tail(child.log)}`);
    if (await ready().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${child.name} was not ${what} within ${timeoutMs / 1000} s: see ${child.log}\n${tail(child.log)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The last lines of a log, for an error message. */
export function tail(log: string, lines = 15): string {
  try {
    return readFileSync(log, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Whether something accepts TCP connections on 127.0.0.1:`port`. */
export function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** Whether an HTTP GET of `url` answers 200 within 2 s. */
export async function answers(url: string): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
  await response.body?.cancel();
  return response.ok;
}
