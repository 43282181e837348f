import { connect } from '../database/open-database.js';
import { loadEnv } from '../env.js';
import { createGithubClient } from '../github/github-client.js';
import { createLogger } from '../logger.js';
import { syncGithubStats } from '../services/github-stats-service.js';

/**
 * `pnpm stats:sync`: refreshes GitHub stars, forks, licence and last push of every tool with a repository,
 * once. Set GITHUB_TOKEN for GitHub's higher rate limit; without it, about 60 tools an hour get refreshed.
 */
const env = loadEnv();
const logger = createLogger(env);
const database = await connect(env);
try {
  const client = createGithubClient({ baseUrl: env.GITHUB_API_URL, token: env.GITHUB_TOKEN });
  const result = await syncGithubStats(database.db, client, logger);
  console.log(
    `GitHub stats: ${result.updated} updated, ${result.failed} failed, ${result.skipped} left for later` +
      (result.rateLimitedUntil ? ` (rate limited until ${result.rateLimitedUntil.toISOString()})` : '') +
      ` of ${result.considered} tools with a repository.`,
  );
} finally {
  await database.close();
}
