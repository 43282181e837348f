import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

/** Helpers for tests that run the server or an operator script as a real process, as an operator would. */

const apiDir = fileURLToPath(new URL('../..', import.meta.url));

/** The test's environment without a database choice of its own: each process is told which to use. */
function baseEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, STACKYARD_DATA_DIR: _dir, ...inherited } = process.env;
  return { ...inherited, LOG_LEVEL: 'warn', STACKYARD_WEB_DIR: tmpdir(), ...env };
}

export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  /** Resolves with the exit code once the process has ended and its output is read. */
  ended: Promise<number | null>;
}

function endOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('close', (code) => resolve(code)));
}

/**
 * Spawns the server on a free port (STACKYARD_SEED=none unless told), without waiting for it: `src/main.ts`
 * through tsx, or the built bundle `bundle` (a main.js) as production runs it.
 */
export async function spawnServer(env: Record<string, string>, bundle?: string): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, bundle ? [bundle] : ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiDir,
    env: baseEnv({ PORT: String(port), HOST: '127.0.0.1', STACKYARD_PUBLIC_URL: `http://127.0.0.1:${port}`, STACKYARD_SEED: 'none', STACKYARD_DUMP_INTERVAL_HOURS: '0', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ended = endOf(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return { child, url: `http://127.0.0.1:${port}`, output: () => output, ended };
}

/** Waits until the server answers (bounded), or throws with what it printed. */
export async function waitUntilServing(server: ServerProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`the server exited (${server.child.exitCode}):\n${server.output()}`);
    if (await fetch(`${server.url}/api/health`).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.child.kill('SIGKILL');
  throw new Error(`the server did not answer within ${timeoutMs} ms:\n${server.output()}`);
}

export async function startServerProcess(env: Record<string, string>, bundle?: string): Promise<ServerProcess> {
  const server = await spawnServer(env, bundle);
  await waitUntilServing(server);
  return server;
}

/** The exit code of a process, or null if it was still running after `timeoutMs` (it is then killed). */
export async function exitCodeOf(child: ChildProcess, ended: Promise<number | null>, timeoutMs = 60_000): Promise<number | null> {
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  try {
    return await ended;
  } finally {
    clearTimeout(timer);
  }
}

/** Stops a server as an operator does (SIGTERM) and returns its exit code. */
export async function stopServerProcess(server: ServerProcess): Promise<number | null> {
  if (server.child.exitCode === null) server.child.kill('SIGTERM');
  return exitCodeOf(server.child, server.ended, 30_000);
}

export interface ScriptResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs an operator script (`src/scripts/<name>.ts`) to its end, as `pnpm db:migrate` and the others do. */
export async function runScript(name: 'migrate' | 'seed' | 'set-role' | 'stats-sync' | 'dump' | 'backup' | 'restore', args: string[], env: Record<string, string>): Promise<ScriptResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', `src/scripts/${name}.ts`, ...args], {
    cwd: apiDir,
    env: baseEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ended = endOf(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await exitCodeOf(child, ended);
  return { code, stdout, stderr };
}
