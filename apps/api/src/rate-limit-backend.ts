import type { Logger } from 'pino';
import { createClient } from 'redis';

/** Sends one Redis command; the redis client's sendCommand fits. */
export type RedisCommand = (args: string[]) => Promise<unknown>;

/** Where rate-limit counters live: this process's memory, or Redis when several processes must share them. */
export type RateLimitBackend =
  | { kind: 'memory' }
  | {
      kind: 'redis';
      sendCommand: RedisCommand;
      /** `keyPrefix` (default `stackyard:rl:`) keeps apart sites, or test runs, that share one Redis. */
      keyPrefix?: string;
      /** Whether Redis is connected now; while it is not, limits count in this process's memory. */
      available: () => boolean;
      /** A command failed: limits count in memory until Redis is back (said once per outage). */
      lost: (error: unknown) => void;
    };

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
  return connectRedisBackend(redisUrl, logger);
}

/**
 * Limits shared through the Redis at `url`. When Redis goes away, commands fail at once instead of queueing
 * (a request must not wait for Redis to come back), each limit counts in this process's memory with one
 * warning, and the client reconnects by itself: once it is ready, the limits count in Redis again, said once.
 */
export async function connectRedisBackend(url: string, logger: Logger, keyPrefix?: string): Promise<ClosableBackend> {
  const client = createClient({ url, disableOfflineQueue: true });
  let down = false;
  const lost = (error: unknown) => {
    if (down) return;
    down = true;
    logger.warn({ err: error }, 'Redis does not answer: rate limits count in this process\'s memory until it is back');
  };
  client.on('error', lost);
  client.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info('Redis is back: rate limits count in Redis again');
  });
  await client.connect();
  return {
    backend: {
      kind: 'redis',
      sendCommand: (args) => client.sendCommand(args),
      ...(keyPrefix ? { keyPrefix } : {}),
      available: () => client.isReady,
      lost,
    },
    close: async () => {
      if (client.isOpen) await client.close();
    },
  };
}
