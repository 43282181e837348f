import type { Engine } from '@stackyard/db';
import type { HealthResponse, ReadinessResponse } from '@stackyard/domain';
import type { Kysely } from 'kysely';
import type { Database } from '@stackyard/db';
import { pingDatabase } from '../repositories/health-repository.js';

const PING_TIMEOUT_MS = 2000;

/** Liveness plus whether the database answers, and how fast; never throws. */
export async function checkHealth(db: Kysely<Database>, engine: Engine): Promise<HealthResponse> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      pingDatabase(db),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('database ping timed out')), PING_TIMEOUT_MS);
      }),
    ]);
    const latencyMs = Math.round((performance.now() - started) * 100) / 100;
    return { status: 'ok', database: { engine, reachable: true, latencyMs } };
  } catch {
    return { status: 'unavailable', database: { engine, reachable: false, latencyMs: null } };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Readiness: not ready while draining (told to stop, finishing what it has) or while the database does not
 * answer, so that a load balancer sends requests elsewhere; never throws.
 */
export async function checkReadiness(db: Kysely<Database>, engine: Engine, draining: boolean): Promise<ReadinessResponse> {
  const { database } = await checkHealth(db, engine);
  return { status: !draining && database.reachable ? 'ready' : 'not ready', draining, database };
}
