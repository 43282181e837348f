import type { Database } from '@stackyard/db';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { addComparisonViews } from '../repositories/comparison-repository.js';

export interface ComparedTool {
  id: number;
  slug: string;
}

export interface ComparisonViewCounter {
  /** Counts one view of a comparison, in memory: no I/O. */
  record(tools: ComparedTool[]): void;
  /** Writes what was counted so far in one upsert; concurrent calls share one write. */
  flush(): Promise<void>;
  /** Flushes every `intervalMs` until stop(). */
  start(intervalMs: number): void;
  /** Stops the timer and writes what is left: call it before closing the database. */
  stop(): Promise<void>;
  /** Comparisons counted and not yet written. */
  readonly pending: number;
}

/** Past this many distinct comparisons waiting, a flush starts at once, so memory stays bounded. */
const MAX_PENDING = 5_000;

/**
 * Counts comparison views without a write per request: views add up in a map keyed by the sorted slugs,
 * and a flush adds them to comparison_views in one statement. Every API process has its own buffer; the
 * upsert (count = count + excluded.count) makes them add up in the database. A flush that fails puts its
 * counts back for the next one. At most one interval of views is lost if the process dies without stop().
 */
export function createComparisonViewCounter(
  db: Kysely<Database>,
  logger: Logger,
  clock: () => Date = () => new Date(),
): ComparisonViewCounter {
  let buffer = new Map<string, { toolIds: number[]; views: number }>();
  let flushing: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;

  async function write(): Promise<void> {
    if (buffer.size === 0) return;
    const batch = buffer;
    buffer = new Map();
    try {
      await addComparisonViews(db, [...batch.values()], clock());
    } catch (error) {
      logger.error({ err: error, comparisons: batch.size }, 'could not save comparison views; keeping them for the next flush');
      for (const [key, entry] of batch) {
        const waiting = buffer.get(key);
        if (waiting) waiting.views += entry.views;
        else if (buffer.size < MAX_PENDING) buffer.set(key, entry);
      }
    }
  }

  function flush(): Promise<void> {
    flushing ??= write().finally(() => {
      flushing = null;
    });
    return flushing;
  }

  return {
    record(tools) {
      const key = tools
        .map((tool) => tool.slug)
        .sort()
        .join(',');
      const entry = buffer.get(key);
      if (entry) {
        entry.views += 1;
        return;
      }
      buffer.set(key, { toolIds: tools.map((tool) => tool.id).sort((a, b) => a - b), views: 1 });
      if (buffer.size >= MAX_PENDING) void flush();
    },
    flush,
    start(intervalMs) {
      if (timer) return;
      timer = setInterval(() => void flush(), intervalMs);
      // Counting views must not keep a process alive that has nothing else to do.
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await flushing;
      await flush();
    },
    get pending() {
      return buffer.size;
    },
  };
}
