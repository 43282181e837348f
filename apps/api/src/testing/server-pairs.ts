import { pino } from 'pino';
import type { RateLimitConfig } from '../config.js';
import { connectRedisBackend } from '../rate-limit-backend.js';
import { startFakeGithub, type FakeGithub } from './fake-github.js';
import { startTestServer, type TestServer } from './test-server.js';

/** Two API processes whose rate limits live in one Redis (TEST_REDIS_URL), as replicas' do. */
export async function startServersSharingRedis(rateLimits: RateLimitConfig): Promise<{ servers: [TestServer, TestServer]; stop(): Promise<void> }> {
  // Counters outlive a run in Redis: each pair counts under a prefix of its own.
  const keyPrefix = `stackyard-test:${process.pid}:${Date.now().toString(36)}:`;
  const redis = await connectRedisBackend(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', pino({ level: 'silent' }), keyPrefix);
  const backend = redis.backend;
  const servers: [TestServer, TestServer] = [
    await startTestServer({ config: { rateLimits }, rateLimitBackend: backend }),
    await startTestServer({ config: { rateLimits }, rateLimitBackend: backend }),
  ];
  return {
    servers,
    async stop() {
      await Promise.all(servers.map((server) => server.stop()));
      await redis.close();
    },
  };
}

/** The API with GitHub sign-in configured against a fake GitHub of its own. */
export async function startServerWithFakeGithub(): Promise<{ server: TestServer; github: FakeGithub; stop(): Promise<void> }> {
  const github = await startFakeGithub();
  const server = await startTestServer({
    config: { github: { clientId: github.clientId, clientSecret: github.clientSecret, oauthUrl: github.url, apiUrl: github.url } },
  });
  return {
    server,
    github,
    async stop() {
      await server.stop();
      await github.close();
    },
  };
}
