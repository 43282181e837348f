import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { connect, createServer } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../config.js';
import { connectRedisBackend, type ClosableBackend, type RateLimitBackend } from '../rate-limit-backend.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const READS = 3;
const limits = { ...defaultConfig().rateLimits, anonymousReadsPerIp: { limit: READS, windowMs: 60_000 } };

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  return port;
}

/** Whether something accepts connections on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** A Redis of this test's own (Debian's redis-server, keeping nothing on disk), which it can stop and start. */
async function startRedis(port: number): Promise<ChildProcess> {
  const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await listening(port)) return redis;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  redis.kill('SIGKILL');
  throw new Error(`redis-server did not start on port ${port}`);
}

describe('rate limits when Redis stops and comes back', () => {
  let port: number;
  let redis: ChildProcess;
  let shared: ClosableBackend;
  let server: TestServer;
  const lines: { level: number; msg: string }[] = [];
  const keyPrefix = `stackyard-outage-test:${process.pid}:`;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    shared = await connectRedisBackend(`redis://127.0.0.1:${port}`, logger, keyPrefix);
    server = await startTestServer({ config: { rateLimits: limits }, rateLimitBackend: shared.backend });
  });
  afterAll(async () => {
    await server?.stop();
    await shared?.close();
    redis?.kill('SIGKILL');
  });

  const read = async () => {
    const started = performance.now();
    const { status } = await server.request('/api/v1/tools/nginx');
    return { status, ms: performance.now() - started };
  };
  const backend = () => shared.backend as Extract<RateLimitBackend, { kind: 'redis' }>;
  const keysInRedis = async () => (await backend().sendCommand(['KEYS', `${keyPrefix}*`])) as string[];

  it('count in Redis, then in memory with one warning and no wait while it is down, then in Redis again', async () => {
    expect((await read()).status).toBe(200);
    expect(await keysInRedis()).toHaveLength(1);

    redis.kill('SIGKILL');
    await once(redis, 'exit');
    await expect.poll(() => backend().available(), { timeout: 5000 }).toBe(false);

    // This process's memory starts its own count: READS answered, then 429; none waits for Redis.
    const during = [];
    for (let attempt = 0; attempt <= READS; attempt++) during.push(await read());
    expect(during.map((answer) => answer.status)).toEqual([...Array.from({ length: READS }, () => 200), 429]);
    for (const answer of during) expect(answer.ms).toBeLessThan(2000);
    expect(lines.filter((line) => line.level === 40 && /Redis does not answer/.test(line.msg))).toHaveLength(1);

    redis = await startRedis(port);
    await expect.poll(() => backend().available(), { timeout: 15_000 }).toBe(true);
    expect(lines.filter((line) => /Redis is back/.test(line.msg))).toHaveLength(1);
    // The new Redis holds nothing: the count starts again there.
    expect((await read()).status).toBe(200);
    expect(await keysInRedis()).toHaveLength(1);
  });
});
