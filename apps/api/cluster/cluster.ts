import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nginxConfig } from './nginx-config.js';
import { ensureDatabase, POSTGRES_BIN, postgresPair } from './postgres-pair.js';
import {
  answers,
  launch,
  listening,
  signal,
  startTimeOf,
  stop,
  waitUntil,
  type Child,
  type ChildRecord,
} from './processes.js';

const apiDir = fileURLToPath(new URL('..', import.meta.url));
const API_ENTRY = path.join(apiDir, 'dist/main.js');
const WEB_ENTRY = path.join(apiDir, '../web/dist/server/index.js');

/** Where everything listens: the ports infra/README.md documents. */
export const PORTS = { nginx: 8080, apis: [3001, 3002, 3003], primary: 5434, replica: 5433, redis: 6380 } as const;

export interface ClusterOptions {
  /** The cluster's folder: its databases, logs, cache, pids. */
  folder: string;
  /** How many API replicas (1-3, on ports 3001-3003). */
  replicas?: number;
  /** Rate limits on (as a visitor meets them) or off (load and fault runs from one address). */
  rateLimits?: boolean;
  /** nginx's cache for anonymous reads. */
  cache?: boolean;
  /** Extra settings for every API replica. */
  apiEnv?: Record<string, string>;
  /** Hears what is happening, a line at a time. */
  progress?: (line: string) => void;
}

export type ServiceName = 'primary' | 'replica' | 'redis' | 'nginx';

export interface Cluster {
  folder: string;
  site: string;
  primaryUrl: string;
  replicaUrl: string;
  redisUrl: string;
  apiUrls: string[];
  /** Every process it runs now, by name (api-1..3, primary, replica, redis, nginx). */
  children(): Child[];
  /** Starts API replica `index` (0-based) again and waits until it is ready. */
  startApi(index: number): Promise<void>;
  /** Stops API replica `index`: SIGTERM (it drains) or SIGKILL (it dies mid-request). */
  stopApi(index: number, how: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  stopService(name: ServiceName): Promise<void>;
  startService(name: ServiceName): Promise<void>;
  /** Stops everything it started, the proxy first and the primary last. */
  stop(): Promise<void>;
}

/** What `cluster stop` reads: the supervising process and every child, by pid and start time. */
interface Registry {
  supervisor: ChildRecord;
  children: ChildRecord[];
}

export function registryPath(folder: string): string {
  return path.join(folder, 'cluster.json');
}

export function readRegistry(folder: string): Registry | null {
  try {
    return JSON.parse(readFileSync(registryPath(folder), 'utf8')) as Registry;
  } catch {
    return null;
  }
}

/** Brings up PostgreSQL (primary and streaming replica), Redis, the API replicas and nginx, in that order. */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const { folder } = options;
  const say = options.progress ?? (() => {});
  const count = Math.min(Math.max(options.replicas ?? 3, 1), PORTS.apis.length);
  const apiPorts = PORTS.apis.slice(0, count);
  for (const entry of [API_ENTRY, WEB_ENTRY]) if (!existsSync(entry)) throw new Error(`${entry} is missing: build first (npm run pnpm -- build)`);
  for (const binary of [`${POSTGRES_BIN}/postgres`, '/usr/bin/redis-server', '/usr/sbin/nginx']) {
    if (!existsSync(binary)) throw new Error(`${binary} is missing: apt-get install postgresql-15 redis-server nginx`);
  }
  const running = readRegistry(folder);
  if (running && startTimeOf(running.supervisor.pid) === running.supervisor.started) {
    throw new Error(`A cluster already runs from ${folder} (process ${running.supervisor.pid}): npm run pnpm -- cluster stop`);
  }
  for (const port of [PORTS.nginx, ...apiPorts, PORTS.primary, PORTS.replica, PORTS.redis]) {
    if (await listening(port)) throw new Error(`Port ${port} on 127.0.0.1 is taken: the cluster needs ${PORTS.nginx}, ${apiPorts.join(', ')}, ${PORTS.primary}, ${PORTS.replica} and ${PORTS.redis}`);
  }

  const logs = path.join(folder, 'logs');
  mkdirSync(logs, { recursive: true });
  const children = new Map<string, Child>();
  const writeRegistry = () => {
    const registry: Registry = {
      supervisor: { name: 'cluster', pid: process.pid, started: startTimeOf(process.pid) ?? -1 },
      children: [...children.values()].filter((child) => child.running()).map(({ name, pid, started }) => ({ name, pid, started })),
    };
    writeFileSync(registryPath(folder), `${JSON.stringify(registry, null, 2)}\n`);
  };
  // However this process ends (an uncaught error included), nothing it started outlives it: each child gets
  // the signal that stops it at once and takes its own children with it.
  const abandon = () => {
    for (const child of children.values()) {
      if (child.running()) signal(child, child.name === 'nginx' ? 'SIGTERM' : child.name === 'primary' || child.name === 'replica' ? 'SIGQUIT' : 'SIGKILL');
    }
  };
  process.once('exit', abandon);
  const add = (child: Child) => {
    children.set(child.name, child);
    writeRegistry();
    void child.exited.then(writeRegistry);
    return child;
  };

  const pair = postgresPair({ folder, logs, primaryPort: PORTS.primary, replicaPort: PORTS.replica, say });
  const primaryUrl = pair.primaryUrl('stackyard');
  const replicaUrl = pair.replicaUrl('stackyard');
  const redisUrl = `redis://127.0.0.1:${PORTS.redis}`;
  const site = `http://localhost:${PORTS.nginx}`;
  const startPrimary = async () => void add(await pair.startPrimary());
  const startReplica = async (fresh = false) => void add(await pair.startReplica(fresh));
  const startRedis = async () => {
    const child = add(launch('redis', '/usr/bin/redis-server', ['--port', String(PORTS.redis), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { log: path.join(logs, 'redis.log') }));
    await waitUntil(child, 'listening', () => listening(PORTS.redis));
  };

  const nginxDir = path.join(folder, 'nginx');
  const writeNginxConfig = () => {
    mkdirSync(nginxDir, { recursive: true });
    // Started as root, its workers run as nobody; nginx gives them the folders they write.
    const worker = process.getuid?.() === 0 ? 'nobody nogroup' : null;
    writeFileSync(
      path.join(nginxDir, 'nginx.conf'),
      nginxConfig({ folder: nginxDir, logs, listen: `127.0.0.1:${PORTS.nginx}`, upstreams: apiPorts.map((port) => `127.0.0.1:${port}`), workerUser: worker, cache: options.cache ?? true }),
    );
  };
  const startNginx = async () => {
    writeNginxConfig();
    const child = add(launch('nginx', '/usr/sbin/nginx', ['-p', nginxDir, '-c', path.join(nginxDir, 'nginx.conf')], { log: path.join(logs, 'nginx.log') }));
    await waitUntil(child, 'proxying', () => answers(`http://127.0.0.1:${PORTS.nginx}/api/health`));
  };

  const apiEnv = (port: number): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: primaryUrl,
    DATABASE_REPLICA_URL: replicaUrl,
    REDIS_URL: redisUrl,
    STACKYARD_PUBLIC_URL: site,
    TRUST_PROXY: '1',
    STACKYARD_SEED: 'demo',
    STACKYARD_RATE_LIMITS: options.rateLimits === false ? 'off' : 'on',
    STACKYARD_DUMP_DIR: path.join(folder, 'dumps'),
    STACKYARD_BACKUP_DIR: path.join(folder, 'backups'),
    LOG_LEVEL: 'info',
    ...options.apiEnv,
  });
  const startApi = async (index: number) => {
    const port = apiPorts[index]!;
    const child = add(launch(`api-${index + 1}`, process.execPath, [API_ENTRY], { log: path.join(logs, `api-${index + 1}.log`), env: apiEnv(port), cwd: apiDir }));
    await waitUntil(child, 'ready', () => answers(`http://127.0.0.1:${port}/api/health/ready`), 180_000);
  };

  const cluster: Cluster = {
    folder,
    site,
    primaryUrl,
    replicaUrl,
    redisUrl,
    apiUrls: apiPorts.map((port) => `http://127.0.0.1:${port}`),
    children: () => [...children.values()].filter((child) => child.running()),
    startApi,
    stopApi: async (index, how) => {
      const child = children.get(`api-${index + 1}`);
      if (child) await stop(child, how, 15_000);
    },
    stopService: async (name) => {
      const child = children.get(name);
      // PostgreSQL: SIGINT is its fast shutdown (clients disconnected, no wait for them to leave).
      if (child) await stop(child, name === 'primary' || name === 'replica' ? 'SIGINT' : 'SIGTERM', 30_000);
    },
    startService: async (name) => {
      await { primary: startPrimary, replica: () => startReplica(false), redis: startRedis, nginx: startNginx }[name]();
    },
    stop: async () => {
      const order = ['nginx', ...apiPorts.map((_, index) => `api-${index + 1}`), 'redis', 'replica', 'primary'];
      for (const name of order) {
        const child = children.get(name);
        if (!child?.running()) continue;
        say(`stopping ${name} (pid ${child.pid})`);
        await stop(child, name === 'primary' || name === 'replica' ? 'SIGINT' : 'SIGTERM', 20_000);
      }
      rmSync(registryPath(folder), { force: true });
      process.off('exit', abandon);
    },
  };

  try {
    await startPrimary();
    await ensureDatabase(pair.primaryUrl('postgres'), 'stackyard');
    await startReplica(true);

    say(`starting Redis on 127.0.0.1:${PORTS.redis}`);
    await startRedis();

    // The first replica migrates and, on an empty database, seeds the demo community; the others start
    // once it is ready, so that two never seed at once.
    for (const [index, port] of apiPorts.entries()) {
      say(`starting API replica ${index + 1} on 127.0.0.1:${port}${index === 0 ? ' (it migrates, and seeds an empty database)' : ''}`);
      await startApi(index);
    }
    say(`starting nginx on 127.0.0.1:${PORTS.nginx}`);
    await startNginx();
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return cluster;
}
