import { createHash } from 'node:crypto';
import type { Database } from '@stackyard/db';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { addComparisonVisits, type ComparisonVisit } from '../repositories/comparison-repository.js';

export interface ComparedTool {
  id: number;
  slug: string;
}

export interface ComparisonViewCounter {
  /**
   * Counts one view of a comparison by a visitor (a member's id, or an address and user agent; see
   * comparisonVisitor), in memory: no I/O. A visitor counts once per comparison and day (UTC).
   */
  record(tools: ComparedTool[], visitor: string): void;
  /** Writes what was counted so far in one statement; concurrent calls share one write. */
  flush(): Promise<void>;
  /** Flushes every `intervalMs` until stop(). */
  start(intervalMs: number): void;
  /** Stops the timer and writes what is left: call it before closing the database. */
  stop(): Promise<void>;
  /** Views (distinct visitor, comparison and day) counted and not yet written. */
  readonly pending: number;
}

/** Past this many views waiting, a flush starts at once, so memory stays bounded. */
const MAX_PENDING = 5_000;

/** The UTC day of a moment, "YYYY-MM-DD". */
function dayOf(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/**
 * What a visitor is stored as: a hash of the day, the comparison and who they are, so the table never holds
 * an address or a member's id, and one visitor's rows cannot be linked across comparisons or days by their
 * value alone. 128 bits: collisions (two visitors counted as one) are out of reach.
 */
function visitorHash(day: string, comparison: string, visitor: string): string {
  return createHash('sha256').update(`${day}\n${comparison}\n${visitor}`).digest('hex').slice(0, 32);
}

/**
 * Counts comparison views without a write per request, once per visitor, comparison and day. Views wait in
 * a map keyed by that hash (of day, comparison and visitor), so repeats in one process cost nothing; a flush sends
 * them in one statement that inserts the visitors into comparison_view_visitors with ON CONFLICT DO
 * NOTHING and adds to comparison_views only the rows it inserted. The database, not this process, decides
 * whether a visitor was already counted, so repeats spread over flushes or over several API processes
 * (each with its own buffer) still count once. A flush that fails puts its views back for the next one. At
 * most one interval of views is lost if the process dies without stop().
 */
export function createComparisonViewCounter(
  db: Kysely<Database>,
  logger: Logger,
  clock: () => Date = () => new Date(),
): ComparisonViewCounter {
  let buffer = new Map<string, ComparisonVisit>();
  let flushing: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;

  async function write(): Promise<void> {
    if (buffer.size === 0) return;
    const batch = buffer;
    buffer = new Map();
    try {
      await addComparisonVisits(db, [...batch.values()], clock());
    } catch (error) {
      logger.error({ err: error, views: batch.size }, 'could not save comparison views; keeping them for the next flush');
      for (const [key, visit] of batch) {
        if (buffer.size >= MAX_PENDING) break;
        buffer.set(key, visit);
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
    record(tools, visitor) {
      const comparison = tools
        .map((tool) => tool.slug)
        .sort()
        .join(',');
      const day = dayOf(clock());
      const hash = visitorHash(day, comparison, visitor);
      if (buffer.has(hash)) return;
      buffer.set(hash, { toolIds: tools.map((tool) => tool.id).sort((a, b) => a - b), day, visitor: hash });
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

/**
 * Who is viewing, for counting: a signed-in member by their id (the same person on any device), anyone else
 * by their address and user agent (people behind one address with different browsers count apart).
 */
export function comparisonVisitor(viewer: { id: number } | null, address: string, userAgent: string | undefined): string {
  return viewer ? `member:${viewer.id}` : `address:${address} agent:${userAgent ?? ''}`;
}
