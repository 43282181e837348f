import type { Database, Engine } from '@stackyard/db';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { AppConfig } from './config.js';
import type { ContentChanges } from './database/content-changes.js';
import type { ReadRouting } from './database/read-routing.js';
import type { Metrics } from './metrics.js';
import type { RateLimitBackend } from './rate-limit-backend.js';
import type { ComparisonViewCounter } from './services/comparison-view-counter.js';

/** What the routers need from the running process: built once in main.ts (or by a test). */
export interface AppContext {
  db: Kysely<Database>;
  engine: Engine;
  logger: Logger;
  /** Directory of the built web app to serve; null serves the API alone. */
  webDir: string | null;
  /** The web app's source folder, served through Vite with hot reload instead of webDir (development). */
  webDevSource?: string | null;
  config: AppConfig;
  /** The time now; tests substitute a fake clock. */
  clock: () => Date;
  /** Where rate-limit counters live: this process's memory, or Redis shared by every process. */
  rateLimitBackend: RateLimitBackend;
  /** What /api/metrics reports: requests by route, the pool, rate-limit refusals, cache hits. */
  metrics: Metrics;
  /** Counts comparison views in memory and saves them every few seconds (flushed at shutdown). */
  comparisonViews: ComparisonViewCounter;
  /** Proves a loopback read is this process's own page render; made at start when not given (tests give one). */
  pageRenderSecret?: string;
  /** Sends public reads to the read replica (DATABASE_REPLICA_URL); absent, everything reads from `db`'s primary. */
  readRouting?: ReadRouting | null;
  /**
   * Hears that public content changed (PostgreSQL's notices) so that kept answers need not ask on each
   * request; absent, each request for a kept answer reads the content mark.
   */
  contentChanges?: ContentChanges | null;
  /** Whether the process is draining (told to stop, finishing its requests); set by startServer. */
  draining?: () => boolean;
  /** Hold every answer against its contract before sending it; tests turn it on so that a drift fails. */
  checkAnswers?: boolean;
}
