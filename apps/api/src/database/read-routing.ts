import { AsyncLocalStorage } from 'node:async_hooks';
import type { DatabaseHandle } from '@stackyard/db';
import type { Logger } from 'pino';
import type { Metrics } from '../metrics.js';
import { currentWalPosition, replayState } from '../repositories/replication-repository.js';

/** How often the replica's replay is compared with the primary's log. */
const PROBE_INTERVAL_MS = 1000;
/** A probe that takes longer than this counts as the replica not answering. */
const PROBE_TIMEOUT_MS = 1000;

/**
 * How long a person who has just written reads from the primary (a cookie says they wrote, so every replica
 * of the API knows): longer than the replica may lag and still be used, plus two probes, so that a replica
 * in use has their write by then.
 */
export function readYourWritesMs(maxLagMs: number): number {
  return Math.max(5000, maxLagMs + 2 * PROBE_INTERVAL_MS + 1000);
}
export const WROTE_COOKIE = 'stackyard_wrote';

/**
 * Which database a request's reads go to. Public reads run inside `onReplica` (mount-route.ts decides which:
 * safe methods, no API token, no write by this visitor in the last `readYourWritesMs`); their queries take
 * connections from the streaming replica while its replay is within `maxLagMs` of the primary, and from the
 * primary otherwise, counted as a fallback. Everything else (writes, sessions, scheduled work) is never
 * inside it, so it always runs on the primary.
 */
export interface ReadRouting {
  /** How long after a write its writer's reads stay on the primary (the cookie's lifetime). */
  readYourWritesMs: number;
  onReplica<T>(work: () => T): T;
  /** For the pool: whether the query asking for a connection now may have the replica's. */
  use(): boolean;
  /** The pool could not reach the replica: primary until a probe finds it again. */
  unreachable(error: unknown): void;
  /** Probes the replica every second, keeping the health and lag metrics, until stopped. */
  monitor(database: DatabaseHandle, metrics: Metrics, logger: Logger): { stop(): void };
}

export function createReadRouting(maxLagMs: number): ReadRouting {
  const scope = new AsyncLocalStorage<'replica'>();
  // Unproven until the first probe: reads start on the primary.
  let healthy = false;
  let metrics: Metrics | null = null;
  let logger: Logger | null = null;
  const setHealthy = (now: boolean, why: string) => {
    if (now !== healthy) {
      if (now) logger?.info('read replica in use again');
      else logger?.warn({ reason: why }, 'read replica left out: reads go to the primary');
    }
    healthy = now;
    metrics?.replicaHealthy.set(now ? 1 : 0);
  };
  return {
    readYourWritesMs: readYourWritesMs(maxLagMs),
    onReplica(work) {
      metrics?.publicReads.inc({ database: healthy ? 'replica' : 'primary' });
      return healthy ? scope.run('replica', work) : work();
    },
    use: () => healthy && scope.getStore() === 'replica',
    unreachable(error) {
      setHealthy(false, error instanceof Error ? error.message : String(error));
    },
    monitor(database, given, log) {
      metrics = given;
      logger = log;
      const replica = database.replica?.db;
      if (!replica) return { stop() {} };
      let probing = false;
      const probe = async () => {
        if (probing) return;
        probing = true;
        let timer: NodeJS.Timeout | undefined;
        try {
          // With the primary away there is nothing newer to read anywhere: the replica serves what it has.
          const state = await Promise.race([
            currentWalPosition(database.db).then(
              (lsn) => replayState(replica, lsn),
              () => replayState(replica, null).then((away) => ({ ...away, bytesBehind: 0 })),
            ),
            new Promise<never>((_, reject) => {
              timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS);
            }),
          ]);
          const lagSeconds = state.bytesBehind === 0 ? 0 : (state.secondsSinceReplay ?? Number.POSITIVE_INFINITY);
          metrics?.replicaLag.set(Number.isFinite(lagSeconds) ? lagSeconds : -1);
          if (!state.standby) setHealthy(false, 'it is not a standby');
          else if (lagSeconds * 1000 > maxLagMs) setHealthy(false, `${lagSeconds.toFixed(1)} s behind the primary`);
          else setHealthy(true, '');
        } catch (error) {
          setHealthy(false, error instanceof Error ? error.message : String(error));
        } finally {
          clearTimeout(timer);
          probing = false;
        }
      };
      void probe();
      const interval = setInterval(() => void probe(), PROBE_INTERVAL_MS);
      interval.unref();
      return { stop: () => clearInterval(interval) };
    },
  };
}
