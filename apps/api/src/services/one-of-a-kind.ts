import type { Database, Engine } from '@stackyard/db';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { whileHoldingAdvisoryLock } from '../repositories/advisory-lock-repository.js';

/**
 * Runs periodic work (`job` names it) in one process of the cluster at a time: on PostgreSQL under an
 * advisory lock, so that when several API replicas share the database the one that takes the lock does it
 * and the others skip that run; on the embedded database directly, since one process has its files.
 * Answers whether this process ran it.
 */
export async function runOneOfAKind<T>(database: { db: Kysely<Database>; engine: Engine }, job: string, work: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
  if (database.engine === 'pglite') return { ran: true, value: await work() };
  return whileHoldingAdvisoryLock(database.db, `stackyard:${job}`, work);
}

export interface Schedule {
  /** Stops the timer and aborts a run in progress, then waits for it to end. */
  stop(): Promise<void>;
}

/**
 * Runs `work` now and then every `intervalMs`, one run at a time and, across the cluster, in one process at
 * a time (runOneOfAKind): the others skip that run, and the next interval's goes to whoever is first. Each
 * outcome is logged under `label`; a failure is logged and the schedule goes on.
 */
export function scheduleOneOfAKind<T>(
  database: { db: Kysely<Database>; engine: Engine },
  job: string,
  { intervalMs, logger, label, work }: { intervalMs: number; logger: Logger; label: string; work: (signal: AbortSignal) => Promise<T> },
): Schedule {
  const abort = new AbortController();
  let running: Promise<void> | null = null;
  const run = () => {
    if (running || abort.signal.aborted) return;
    running = runOneOfAKind(database, job, () => work(abort.signal))
      .then((outcome) => {
        if (outcome.ran) logger.info(typeof outcome.value === 'object' && outcome.value !== null ? { ...outcome.value } : {}, `${label} finished`);
        else logger.info(`${label} skipped: another process of the cluster is running it`);
      })
      .catch((error: unknown) => logger.error({ err: error }, `${label} failed`))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  run();
  return {
    async stop() {
      clearInterval(timer);
      abort.abort();
      await running;
    },
  };
}
