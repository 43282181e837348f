import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDatabase, postgresPair, type PostgresPair } from '../../cluster/postgres-pair.js';
import { stop, type Child } from '../../cluster/processes.js';
import { eventually } from '../testing/eventually.js';
import { freePort, startServerProcess, stopServerProcess, type ServerProcess } from '../testing/server-process.js';

/** A metric's value from /api/metrics (0 when it has no sample yet). */
async function metric(server: ServerProcess, sample: string): Promise<number> {
  const text = await (await fetch(`${server.url}/api/metrics`)).text();
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${sample} `));
  return line ? Number(line.slice(sample.length + 1)) : 0;
}

async function signUp(server: ServerProcess, username: string): Promise<string> {
  const response = await fetch(`${server.url}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ username, email: `${username}@example.org`, password: 'correct horse battery staple 42' }),
  });
  expect(response.status).toBe(201);
  // Every cookie it set, as a browser would send them back.
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0]!)
    .join('; ');
}

const profileStatus = async (server: ServerProcess, username: string, cookie?: string) =>
  (await fetch(`${server.url}/api/v1/users/${username}`, cookie ? { headers: { cookie } } : {})).status;

describe('reads with a streaming read replica', () => {
  let folder: string;
  let pair: PostgresPair;
  let primary: Child;
  let replica: Child;
  let replicaAdmin: pg.Client;
  const servers: ServerProcess[] = [];

  /** The API on the pair, with public reads on the replica while it is within `maxLagMs` of the primary. */
  const startApi = async (maxLagMs: number) => {
    const server = await startServerProcess({
      DATABASE_URL: pair.primaryUrl('stackyard'),
      DATABASE_REPLICA_URL: pair.replicaUrl('stackyard'),
      DATABASE_REPLICA_MAX_LAG_MS: String(maxLagMs),
      // These tests read as a visitor many times a second; the budget for that is not what they are about.
      RATE_LIMIT_ANONYMOUS_READS_PER_MINUTE: '100000',
    });
    servers.push(server);
    await eventually('the replica in use', async () => (await metric(server, 'stackyard_db_replica_healthy')) === 1);
    return server;
  };

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'stackyard-replica-'));
    pair = postgresPair({ folder, logs: join(folder, 'logs'), primaryPort: await freePort(), replicaPort: await freePort() });
    primary = await pair.startPrimary();
    await ensureDatabase(pair.primaryUrl('postgres'), 'stackyard');
    replica = await pair.startReplica();
    replicaAdmin = new pg.Client({ connectionString: pair.replicaUrl('postgres') });
    await replicaAdmin.connect();
  }, 120_000);

  afterAll(async () => {
    for (const server of servers) await stopServerProcess(server);
    await replicaAdmin?.end().catch(() => {});
    if (replica) await stop(replica, 'SIGINT', 20_000);
    if (primary) await stop(primary, 'SIGINT', 20_000);
    await rm(folder, { recursive: true, force: true });
  }, 60_000);

  it('serve anonymous reads from the replica, and a writer their own writes from the primary for a few seconds', async () => {
    const server = await startApi(60_000);
    // Replay held: what is written now is on the primary alone.
    await replicaAdmin.query('select pg_wal_replay_pause()');
    const cookies = await signUp(server, 'rosalind');
    expect(cookies).toContain('stackyard_wrote=1');

    expect(await profileStatus(server, 'rosalind')).toBe(404);
    expect(await profileStatus(server, 'rosalind', cookies)).toBe(200);
    // Without the cookie that says they have just written, a member reads the replica like everyone.
    const session = cookies.split('; ').filter((cookie) => !cookie.startsWith('stackyard_wrote='))[0]!;
    expect(await profileStatus(server, 'rosalind', session)).toBe(404);
    expect(await metric(server, 'stackyard_db_public_reads_total{database="replica"}')).toBeGreaterThanOrEqual(2);

    await replicaAdmin.query('select pg_wal_replay_resume()');
    await eventually('the replica to have the new member', async () => (await profileStatus(server, 'rosalind')) === 200);
  });

  it('read from the primary, counted, while the replica lags past the bound, and from the replica again once it catches up', async () => {
    const server = await startApi(500);
    await replicaAdmin.query('select pg_wal_replay_pause()');
    try {
      await signUp(server, 'grace');
      await eventually('reads on the primary', async () => (await profileStatus(server, 'grace')) === 200);
      expect(await metric(server, 'stackyard_db_replica_healthy')).toBe(0);
      expect(await metric(server, 'stackyard_db_public_reads_total{database="primary"}')).toBeGreaterThan(0);
      expect(await metric(server, 'stackyard_db_replica_lag_seconds')).toBeGreaterThan(0.5);
    } finally {
      await replicaAdmin.query('select pg_wal_replay_resume()');
    }
    await eventually('the replica in use again', async () => (await metric(server, 'stackyard_db_replica_healthy')) === 1);
  });

  it('keep answering from the primary, without an error, while the replica is down', async () => {
    const server = servers[0]!;
    const statuses: number[] = [];
    await replicaAdmin.end();
    const stopping = stop(replica, 'SIGINT', 20_000);
    const started = Date.now();
    // A read every 20 ms or so while the replica goes away, bounded in count as well as in time.
    for (let read = 0; read < 150 && Date.now() - started < 3000; read += 1) {
      statuses.push(await profileStatus(server, 'rosalind'));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await stopping;
    expect(statuses.length).toBeGreaterThan(10);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    expect(await metric(server, 'stackyard_db_replica_healthy')).toBe(0);

    replica = await pair.startReplica(false);
    replicaAdmin = new pg.Client({ connectionString: pair.replicaUrl('postgres') });
    await replicaAdmin.connect();
    await eventually('the replica in use again', async () => (await metric(server, 'stackyard_db_replica_healthy')) === 1);
    expect(await profileStatus(server, 'rosalind')).toBe(200);
  });
});
