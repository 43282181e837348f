import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const apiDir = fileURLToPath(new URL('..', import.meta.url));
export const API_ENTRY = fileURLToPath(new URL('../dist/main.js', import.meta.url));
export const WEB_SERVER_ENTRY = fileURLToPath(new URL('../../web/dist/server/index.js', import.meta.url));
const NODE_CEILING_ENTRY = fileURLToPath(new URL('./node-ceiling.ts', import.meta.url));

/** How long a child may take to answer its first request. */
const READY_TIMEOUT_MS = 60_000;

/** A server the harness started as its own child process, on 127.0.0.1. */
export interface ChildServer {
  name: string;
  origin: string;
  pid: number;
  /** Resident memory now and at its peak (VmRSS, VmHWM from /proc/<pid>/status), in MB; null off Linux. */
  rss(): { nowMb: number; peakMb: number } | null;
  /** Whether it exited on its own (a crash): the harness then stops and says so. */
  exited(): string | null;
  stop(): Promise<void>;
}

/** A free port on 127.0.0.1 (the OS picks one; it is free again when this returns). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function readRss(pid: number): { nowMb: number; peakMb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    const now = kb('VmRSS');
    const peak = kb('VmHWM');
    return Number.isFinite(now) && Number.isFinite(peak) ? { nowMb: now / 1024, peakMb: peak / 1024 } : null;
  } catch {
    return null;
  }
}

/** Every child still running: killed when the harness exits, however it exits. */
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

async function startChild(name: string, child: ChildProcess, origin: string, readyPath: string): Promise<ChildServer> {
  let exit: string | null = null;
  running.add(child);
  const stderrTail: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      stderrTail.push(line);
      if (stderrTail.length > 20) stderrTail.shift();
      console.error(`  [${name}] ${line.slice(0, 400)}`);
    }
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      exit = `${name} exited (${signal ?? `code ${code}`})`;
      resolve();
    });
  });
  const server: ChildServer = {
    name,
    origin,
    pid: child.pid ?? -1,
    rss: () => (child.pid ? readRss(child.pid) : null),
    exited: () => exit,
    stop: async () => {
      if (exit) return;
      child.kill('SIGTERM');
      const forced = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(forced);
    },
  };
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (exit) throw new Error(`${exit} before answering:\n${stderrTail.join('\n')}`);
    try {
      const response = await fetch(`${origin}${readyPath}`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`${name} did not answer ${readyPath} within ${READY_TIMEOUT_MS / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * The API as production runs it: the built bundle (`node apps/api/dist/main.js`) in its own process, so its
 * RSS is its own and the load generator does not share its event loop. Rate limits off, the built web app
 * served (SSR pages), a pool of 10 connections, request logs off (LOG_LEVEL=warn): only what it is given
 * here reaches it, not the harness's environment.
 */
export async function startApi(databaseUrl: string): Promise<ChildServer> {
  for (const entry of [API_ENTRY, WEB_SERVER_ENTRY]) {
    if (!existsSync(entry)) throw new Error(`${entry} is missing: build first (npm run pnpm -- build)`);
  }
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env = {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '10',
    STACKYARD_PUBLIC_URL: origin,
    STACKYARD_RATE_LIMITS: 'off',
    STACKYARD_SEED: 'none',
    LOG_LEVEL: 'warn',
  };
  const child = spawn(process.execPath, [API_ENTRY], { cwd: apiDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  return startChild('api', child, origin, '/api/health');
}

/** C_node's server: node:http and a pg pool of 10 answering SELECT 1, nothing else (see node-ceiling.ts). */
export async function startNodeCeiling(databaseUrl: string): Promise<ChildServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', NODE_CEILING_ENTRY, String(port), databaseUrl], {
    cwd: apiDir,
    env: { NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return startChild('node ceiling', child, `http://127.0.0.1:${port}`, '/');
}
