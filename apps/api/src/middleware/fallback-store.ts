import { MemoryStore, type ClientRateLimitInfo, type IncrementResponse, type Options, type Store } from 'express-rate-limit';
import type { RateLimitBackend } from '../rate-limit-backend.js';

type RedisBackend = Extract<RateLimitBackend, { kind: 'redis' }>;

/**
 * A limiter's counters in Redis while it answers, else in this process's memory: with Redis stopped, each
 * replica still limits on its own (a visitor's budget is then multiplied by the replicas, for as long as
 * the outage lasts) rather than failing or holding every request. Counts made in memory during an outage
 * are not carried to Redis when it is back: a window later, both agree again.
 */
export class FallbackStore implements Store {
  readonly localKeys = false;
  readonly prefix: string | undefined;
  private readonly local = new MemoryStore();

  constructor(
    private readonly shared: Store,
    private readonly backend: RedisBackend,
  ) {
    this.prefix = shared.prefix;
  }

  init(options: Options): void {
    void this.shared.init?.(options);
    this.local.init(options);
  }

  /** Runs `call` on Redis while it answers, else (or when the call fails there) on this process's memory. */
  private async either<T>(call: (store: Store) => Promise<T> | T): Promise<T> {
    if (this.backend.available()) {
      try {
        return await call(this.shared);
      } catch (error) {
        this.backend.lost(error);
      }
    }
    return call(this.local);
  }

  increment(key: string): Promise<IncrementResponse> {
    return this.either((store) => store.increment(key));
  }

  decrement(key: string): Promise<void> {
    return this.either((store) => store.decrement(key));
  }

  resetKey(key: string): Promise<void> {
    return this.either((store) => store.resetKey(key));
  }

  get(key: string): Promise<ClientRateLimitInfo | undefined> {
    return this.either((store) => store.get?.(key));
  }

  shutdown(): void {
    this.local.shutdown();
  }
}
