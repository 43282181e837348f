import type { Database } from '@stackyard/db';
import type { Kysely } from 'kysely';

export interface ToolRepositoryRow {
  id: number;
  slug: string;
  githubRepo: string;
}

/**
 * Tools with a GitHub repository, the longest unsynced first. With `staleBefore`, only those not synced
 * since then: replicas running the periodic sync then mostly skip what another one just did.
 */
export async function listToolsToSync(db: Kysely<Database>, staleBefore: Date | null): Promise<ToolRepositoryRow[]> {
  let query = db
    .selectFrom('tools')
    .select(['id', 'slug', 'github_repo as githubRepo'])
    .where('github_repo', 'is not', null)
    .$narrowType<{ githubRepo: string }>();
  if (staleBefore) {
    query = query.where((eb) => eb.or([eb('github_synced_at', 'is', null), eb('github_synced_at', '<', staleBefore)]));
  }
  return query.orderBy((eb) => eb.fn.coalesce('github_synced_at', eb.val(new Date(0))), 'asc').orderBy('id').execute();
}

export interface GithubStatsUpdate {
  stars: number;
  forks: number;
  /** SPDX id; null leaves the licence we have. */
  license: string | null;
  pushedAt: Date | null;
}

export async function updateGithubStats(
  db: Kysely<Database>,
  toolId: number,
  stats: GithubStatsUpdate,
  syncedAt: Date,
): Promise<void> {
  await db
    .updateTable('tools')
    .set((eb) => ({
      github_stars: stats.stars,
      github_forks: stats.forks,
      license: stats.license ?? eb.ref('license'),
      github_pushed_at: stats.pushedAt,
      github_synced_at: syncedAt,
    }))
    .where('id', '=', toolId)
    .execute();
}
