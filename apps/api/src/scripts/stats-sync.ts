import { runOperatorCommand } from './run-operator-command.js';

/**
 * `pnpm stats:sync`: refreshes GitHub stars, forks, licence and last push of every tool with a repository,
 * once. Set GITHUB_TOKEN for GitHub's higher rate limit; without it, about 60 tools an hour get refreshed.
 */
await runOperatorCommand('stats:sync');
