import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { inject } from 'vitest';

const apiDir = fileURLToPath(new URL('../../../api/', import.meta.url));
const tsx = fileURLToPath(new URL('../../../api/node_modules/.bin/tsx', import.meta.url));

/**
 * Gives someone a role the way an operator does, with `user:role` on the server's database: no page makes
 * a moderator, by design. The script reaches the running server's embedded database through its socket.
 */
export async function setRole(username: string, role: 'member' | 'moderator' | 'admin'): Promise<void> {
  const { DATABASE_URL: _ignored, STACKYARD_DATA_DIR: _alsoIgnored, ...env } = process.env;
  await promisify(execFile)(tsx, ['src/scripts/set-role.ts', username, role], {
    cwd: apiDir,
    env: { ...env, ...inject('databaseEnv'), LOG_LEVEL: 'warn' },
    timeout: 60_000,
  });
}
