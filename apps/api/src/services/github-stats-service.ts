import type { Database, DatabaseHandle } from '@stackyard/db';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { GithubClient } from '../github/github-client.js';
import { listToolsToSync, updateGithubStats } from '../repositories/github-stats-repository.js';
import { scheduleOneOfAKind, type Schedule } from './one-of-a-kind.js';

export interface GithubSyncResult {
  /** Tools with a repository that this run looked at. */
  considered: number;
  updated: number;
  /** Not found, refused or unreadable: their old values stay. */
  failed: number;
  /** Left for a later run because GitHub asked us to wait. */
  skipped: number;
  /** Set when the run stopped for the rate limit: when GitHub will take requests again. */
  rateLimitedUntil: Date | null;
}

export interface GithubSyncOptions {
  clock?: () => Date;
  /** Only tools not synced since then (the periodic job); all tools with a repository when absent. */
  staleBefore?: Date | null;
  signal?: AbortSignal;
}

/**
 * Refreshes stars, forks, licence and last push of tools with a GitHub repository, one request at a time.
 * A failure leaves that tool's old values and is logged; a rate limit stops the run (the client then holds
 * further requests until GitHub's reset), leaving the remaining tools as they were.
 */
export async function syncGithubStats(
  db: Kysely<Database>,
  client: GithubClient,
  logger: Logger,
  options: GithubSyncOptions = {},
): Promise<GithubSyncResult> {
  const clock = options.clock ?? (() => new Date());
  const tools = await listToolsToSync(db, options.staleBefore ?? null);
  const result: GithubSyncResult = { considered: tools.length, updated: 0, failed: 0, skipped: 0, rateLimitedUntil: null };

  for (const [index, tool] of tools.entries()) {
    if (options.signal?.aborted) {
      result.skipped += tools.length - index;
      break;
    }
    const answer = await client.getRepository(tool.githubRepo, options.signal);
    if (answer.kind === 'ok') {
      await updateGithubStats(db, tool.id, answer.stats, clock());
      result.updated += 1;
    } else if (answer.kind === 'rate_limited') {
      result.rateLimitedUntil = answer.until;
      result.skipped += tools.length - index;
      logger.warn(
        { until: answer.until.toISOString(), remaining: tools.length - index },
        'GitHub rate limit reached: stopping the stats sync until it resets',
      );
      break;
    } else {
      result.failed += 1;
      const reason = answer.kind === 'not_found' ? 'repository not found' : answer.reason;
      logger.warn({ tool: tool.slug, repo: tool.githubRepo, reason }, 'could not refresh GitHub stats; keeping the old values');
    }
  }
  return result;
}

/**
 * Runs the sync now and then every `intervalMs`, one run at a time, each only for tools not synced within the
 * last half interval. With several API replicas on one database, each run happens in one of them (the one
 * that takes the job's lock); the others skip it, and the next interval's run goes to whoever is first.
 */
export function scheduleGithubStatsSync(
  database: Pick<DatabaseHandle, 'db' | 'engine'>,
  client: GithubClient,
  logger: Logger,
  intervalMs: number,
  clock: () => Date = () => new Date(),
): Schedule {
  return scheduleOneOfAKind(database, 'github-stats-sync', {
    intervalMs,
    logger,
    label: 'GitHub stats sync',
    work: (signal) => syncGithubStats(database.db, client, logger, { clock, staleBefore: new Date(clock().getTime() - intervalMs / 2), signal }),
  });
}
