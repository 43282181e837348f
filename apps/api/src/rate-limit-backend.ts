import type { Logger } from 'pino';
import { createClient } from 'redis';
import type { RateLimitBackend } from './middleware/rate-limit.js';

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
