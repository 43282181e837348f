import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PORTS, readRegistry, startCluster } from './cluster.js';
import { signal, stillRunning, type ChildRecord } from './processes.js';

/**
 * `npm run pnpm -- cluster`: the production topology on this machine, in the foreground until Ctrl-C.
 * `npm run pnpm -- cluster stop`: stops the one running (from another terminal), by pid.
 */
const folder = fileURLToPath(new URL('../../../.cluster', import.meta.url));
const [command = 'start', ...rest] = process.argv.slice(2);

if (command === 'stop' && rest.length === 0) {
  process.exitCode = await stopRunning();
} else if (command === 'start' && rest.length === 0) {
  await start();
} else {
  console.error('Usage: npm run pnpm -- cluster [start|stop]');
  process.exitCode = 1;
}

async function start(): Promise<void> {
  const started = performance.now();
  const cluster = await startCluster({ folder, progress: (line) => console.log(`  ${line}`) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const pids = Object.fromEntries(cluster.children().map((child) => [child.name, child.pid]));
  console.log(`
The cluster is up (${seconds} s):
  site, through nginx     ${cluster.site}   (try ${cluster.site}/compare/gunicorn-vs-passenger)
  API replicas            ${cluster.apiUrls.map((url, index) => `${url} (pid ${pids[`api-${index + 1}`]})`).join(', ')}
  PostgreSQL primary      ${cluster.primaryUrl} (pid ${pids.primary})
  PostgreSQL replica      ${cluster.replicaUrl} (hot standby, streaming; pid ${pids.replica})
  Redis                   ${cluster.redisUrl} (pid ${pids.redis})
  nginx                   127.0.0.1:${PORTS.nginx} (pid ${pids.nginx}), config ${path.join(folder, 'nginx', 'nginx.conf')}
  logs                    ${path.join(folder, 'logs')}/
  metrics                 ${cluster.apiUrls.map((url) => `${url}/api/metrics`).join(', ')}
Ctrl-C (or npm run pnpm -- cluster stop) stops everything it started.`);

  for (const child of cluster.children()) {
    void child.exited.then((how) => {
      if (!stopping) console.log(`  ${child.name} (pid ${child.pid}) stopped by itself: ${how}; see ${child.log}`);
    });
  }
  let stopping = false;
  const shutDown = async (by: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${by}: stopping the cluster`);
    await cluster.stop();
    console.log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutDown('Ctrl-C'));
  process.on('SIGTERM', () => void shutDown('cluster stop'));
}

/** Asks the running cluster's own process to stop it; when that process is gone, stops what it left, by pid. */
async function stopRunning(): Promise<number> {
  const registry = readRegistry(folder);
  if (!registry) {
    console.log(`No cluster runs from ${folder}.`);
    return 0;
  }
  if (stillRunning(registry.supervisor)) {
    console.log(`Asking the cluster (pid ${registry.supervisor.pid}) to stop…`);
    signal(registry.supervisor, 'SIGTERM');
    if (await gone(registry.supervisor, 90_000)) {
      console.log('Stopped.');
      return 0;
    }
    console.error(`It did not stop within 90 s: stopping what it started directly.`);
  }
  const order = ['nginx', 'api-1', 'api-2', 'api-3', 'redis', 'replica', 'primary'];
  for (const record of [...registry.children].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name))) {
    if (!stillRunning(record)) continue;
    console.log(`  stopping ${record.name} (pid ${record.pid})`);
    signal(record, record.name === 'primary' || record.name === 'replica' ? 'SIGINT' : 'SIGTERM');
    if (!(await gone(record, 20_000))) signal(record, 'SIGKILL');
  }
  console.log('Stopped.');
  return 0;
}

async function gone(record: ChildRecord, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (stillRunning(record)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return true;
}
