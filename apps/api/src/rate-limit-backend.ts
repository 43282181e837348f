import type { Logger } from 'pino';
import { createClient } from 'redis';

/** Sends one Redis command; the redis client's sendCommand fits. */
export type RedisCommand = (args: string[]) => Promise<unknown>;

/** Where rate-limit counters live: this process's memory, or Redis when several processes must share them. */
export type RateLimitBackend =
  | { kind: 'memory' }
  /** `keyPrefix` (default `stackyard:rl:`) keeps apart sites, or test runs, that share one Redis. */
  | { kind: 'redis'; sendCommand: RedisCommand; keyPrefix?: string };

/** Where a limiter's counters live in Redis: the backend's prefix, then the limiter's name. */
export function redisKeyPrefix(backend: Extract<RateLimitBackend, { kind: 'redis' }>, name: string): string {
  return `${backend.keyPrefix ?? 'stackyard:rl:'}${name}:`;
}

export interface ClosableBackend {
  backend: RateLimitBackend;
  close(): Promise<void>;
}

/** Redis when REDIS_URL is set (limits shared by every process), this process's memory otherwise. */
export async function openRateLimitBackend(redisUrl: string | undefined, logger: Logger): Promise<ClosableBackend> {
  if (!redisUrl) return { backend: { kind: 'memory' }, close: async () => {} };
  const client = createClient({ url: redisUrl });
  client.on('error', (error: unknown) => logger.error({ err: error }, 'redis error'));
  await client.connect();
  return {
    backend: { kind: 'redis', sendCommand: (args) => client.sendCommand(args) },
    close: async () => {
      await client.close();
    },
  };
}
