import { migrateToLatest, type DatabaseHandle } from '@stackyard/db';
import { seed } from '@stackyard/db/seed';
import { ROLES, type UserRole } from '@stackyard/domain';
import type { Logger } from 'pino';
import type { Env } from '../env.js';
import { createGithubClient } from '../github/github-client.js';
import { grantRole } from '../services/account-service.js';
import { syncGithubStats } from '../services/github-stats-service.js';
import { backUp } from '../database/backups.js';
import { countRowsPerTable } from '../repositories/maintenance-repository.js';
import { writeOpenDataDump } from '../services/open-data-service.js';

/** Where a command writes: the script's terminal, or, run inside the server, the socket back to the script. */
export interface CommandOutput {
  out(line: string): void;
  err(line: string): void;
  /** For the services' own log lines (pino, as the script's environment sets LOG_LEVEL). */
  logger: Logger;
}

/** An operator command: runs on a database, returns the exit code. */
export type OperatorCommand = (database: DatabaseHandle, args: string[], env: Env, output: CommandOutput) => Promise<number>;

/** `db:migrate`: applies pending migrations. */
const migrate: OperatorCommand = async ({ db }, _args, _env, { out }) => {
  const applied = await migrateToLatest(db);
  out(applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'Already up to date.');
  return 0;
};

/** `db:seed [--catalogue-only]`: the catalogue and the demo community (once); a second run changes nothing. */
const seedDatabase: OperatorCommand = async ({ db }, args, _env, { out }) => {
  const started = performance.now();
  await migrateToLatest(db);
  const result = await seed(db, { demo: !args.includes('--catalogue-only'), progress: (line) => out(`  ${line}`) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  out(`Seeded ${result.catalogue.tools} tools${result.demo && !result.demo.skipped ? ` and ${result.demo.users} people` : ''} in ${seconds} s.`);
  return 0;
};

/** `user:role <username> <member|moderator|admin>`: how the first admin is made. */
const setRole: OperatorCommand = async ({ db }, args, _env, { out, err }) => {
  const [username, role] = args;
  if (!username || !ROLES.includes(role as UserRole)) {
    err(`Usage: pnpm user:role <username> <${ROLES.join('|')}>`);
    return 1;
  }
  try {
    const account = await grantRole(db, username, role as UserRole);
    out(`${account.username} is now ${account.role}.`);
    return 0;
  } catch (error) {
    err(error instanceof Error ? error.message : String(error));
    return 1;
  }
};

/** `stats:sync`: refreshes GitHub stars, forks, licence and last push of every tool with a repository, once. */
const statsSync: OperatorCommand = async ({ db }, _args, env, { out, logger }) => {
  const client = createGithubClient({ baseUrl: env.GITHUB_API_URL, token: env.GITHUB_TOKEN });
  const result = await syncGithubStats(db, client, logger);
  out(
    `GitHub stats: ${result.updated} updated, ${result.failed} failed, ${result.skipped} left for later` +
      (result.rateLimitedUntil ? ` (rate limited until ${result.rateLimitedUntil.toISOString()})` : '') +
      ` of ${result.considered} tools with a repository.`,
  );
  return 0;
};

/** `dump`: writes the public dataset (JSON Lines, README, LICENSE) into STACKYARD_DUMP_DIR, where the API serves the newest. */
const dump: OperatorCommand = async ({ db }, _args, env, { out }) => {
  const started = performance.now();
  out(`Writing the open-data dump into ${env.STACKYARD_DUMP_DIR}:`);
  const { folder, manifest } = await writeOpenDataDump(db, env.STACKYARD_DUMP_DIR, new Date(), (line) => out(`  ${line}`));
  const bytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  out(`Wrote ${manifest.files.length} files (${(bytes / 1024).toFixed(0)} KiB) to ${folder} in ${seconds} s; served at /api/v1/dumps/latest.`);
  return 0;
};

/** "4,210 rows in 27 tables" (the biggest first), for backups and restores. */
export function describeRows(counts: Record<string, number>): string {
  const tables = Object.entries(counts).sort(([, a], [, b]) => b - a);
  const total = tables.reduce((sum, [, rows]) => sum + rows, 0);
  const biggest = tables.slice(0, 4).map(([name, rows]) => `${name} ${rows.toLocaleString('en')}`);
  return `${total.toLocaleString('en')} rows in ${tables.length} tables (${biggest.join(', ')}${tables.length > 4 ? ', …' : ''})`;
}

/**
 * `backup`: a backup of the database into STACKYARD_BACKUP_DIR while the server goes on serving: pg_dump's
 * custom format for PostgreSQL, the data directory's tarball for the embedded database (run inside the
 * server that has it open). `restore FILE` puts it back.
 */
const backup: OperatorCommand = async (database, _args, env, { out }) => {
  const started = performance.now();
  out(`Backing up the ${database.engine === 'postgres' ? 'PostgreSQL' : 'embedded'} database (${describeRows(await countRowsPerTable(database.db))}):`);
  const result = await backUp(database, env.STACKYARD_BACKUP_DIR, new Date(), (step) => out(`  ${step}`));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  out(`Wrote ${result.file} (${(result.bytes / 1024).toFixed(0)} KiB) in ${seconds} s.`);
  out(`Restore it into an empty database with: npm run pnpm -- restore ${result.file}`);
  return 0;
};

export const OPERATOR_COMMANDS = {
  'db:migrate': migrate,
  'db:seed': seedDatabase,
  'user:role': setRole,
  'stats:sync': statsSync,
  dump,
  backup,
} satisfies Record<string, OperatorCommand>;

export type OperatorCommandName = keyof typeof OPERATOR_COMMANDS;
export const OPERATOR_COMMAND_NAMES = Object.keys(OPERATOR_COMMANDS) as [OperatorCommandName, ...OperatorCommandName[]];
