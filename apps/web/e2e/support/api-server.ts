import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 10_000;
/** Enough of the child's output to explain a failed start without flooding the test report. */
const MAX_LOG_CHARS = 20_000;

export interface ApiServerOptions {
  /** Absolute path of the built API entry point (apps/api/dist/main.js). */
  mainPath: string;
  /** Absolute path of the built web app the API should serve (apps/web/dist). */
  webDir: string;
  /** A PostgreSQL database of the test's own to run on; without one, an embedded database in a fresh folder. */
  databaseUrl?: string;
  /** More settings for this server (e.g. GitHub sign-in against a local stand-in). */
  env?: Record<string, string>;
}

export interface RunningApiServer {
  origin: string;
  /** Where its database is (DATABASE_URL or STACKYARD_DATA_DIR): what an operator script needs to reach it. */
  databaseEnv: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * Starts the production server as a black box, exactly as it is deployed: one Node process serving the
 * API and the rendered pages, on a database of the test's own seeded with the demo community.
 */
export async function startApiServer({ mainPath, webDir, databaseUrl, env = {} }: ApiServerOptions): Promise<RunningApiServer> {
  if (!existsSync(mainPath)) {
    throw new Error(`${mainPath} is missing: build the API first (node scripts/pnpm.mjs --filter @stackyard/api build).`);
  }
  if (!existsSync(webDir)) {
    throw new Error(`${webDir} is missing: build the web app first (node scripts/pnpm.mjs --filter @stackyard/web build).`);
  }

  const port = await findFreePort();
  // A folder rather than memory://, so the operator scripts (user:role) can reach the server's database.
  const dataDir = databaseUrl ? null : mkdtempSync(join(tmpdir(), 'stackyard-e2e-'));
  const databaseEnv: Record<string, string> = databaseUrl ? { DATABASE_URL: databaseUrl } : { STACKYARD_DATA_DIR: dataDir! };
  // The dump the server takes at start, for the footer's "Open data" link.
  const dumpDir = mkdtempSync(join(tmpdir(), 'stackyard-e2e-dumps-'));
  const origin = `http://localhost:${port}`;
  // The test must not reach a developer's real database, whatever their shell exports.
  const { DATABASE_URL: _databaseUrl, ...inheritedEnv } = process.env;
  const child = spawn(process.execPath, [mainPath], {
    env: {
      ...inheritedEnv,
      PORT: String(port),
      ...databaseEnv,
      // Every person of the journeys signs up from the same loopback address within minutes.
      RATE_LIMIT_SIGNUP_PER_IP: '200',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      // Production has no default origin: the one the browser loads the page from.
      STACKYARD_PUBLIC_URL: origin,
      STACKYARD_WEB_DIR: webDir,
      STACKYARD_SEED: 'demo',
      STACKYARD_DUMP_DIR: dumpDir,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = captureOutput(child);

  const stop = async () => {
    await stopChild(child);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    rmSync(dumpDir, { recursive: true, force: true });
  };
  try {
    await waitUntilHealthy(origin, child, output);
  } catch (error) {
    await stop();
    throw error;
  }

  return { origin, databaseEnv, stop };
}

/** A port nobody is using right now: the OS picks one for a throwaway listener that is then closed. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, () => {
      const address = probe.address();
      if (address === null || typeof address === 'string') {
        probe.close(() => reject(new Error('Could not read the port the OS assigned.')));
        return;
      }
      probe.close(() => resolve(address.port));
    });
  });
}

function captureOutput(child: ChildProcess): { stderr: () => string } {
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-MAX_LOG_CHARS);
  });
  // Drain stdout so a chatty server never blocks on a full pipe.
  child.stdout?.resume();
  return { stderr: () => stderr };
}

async function waitUntilHealthy(origin: string, child: ChildProcess, output: { stderr: () => string }): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const how = child.exitCode !== null ? `code ${child.exitCode}` : `signal ${child.signalCode}`;
      throw new Error(`The API exited with ${how} before it was ready. Its stderr:\n${output.stderr()}`);
    }
    try {
      const response = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet; try again shortly.
    }
    await sleep(250);
  }
  throw new Error(`The API did not answer GET /api/health with 200 within 90 s. Its stderr:\n${output.stderr()}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const stoppedInTime = await Promise.race([exited.then(() => true), sleep(STOP_TIMEOUT_MS).then(() => false)]);
  if (!stoppedInTime) {
    child.kill('SIGKILL');
    await exited;
  }
}
