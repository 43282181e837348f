import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const apiDir = fileURLToPath(new URL('../../../api/', import.meta.url));
const tsx = fileURLToPath(new URL('../../../api/node_modules/.bin/tsx', import.meta.url));

/**
 * Gives someone a role the way an operator does, with `user:role` on a server's database (DATABASE_URL or
 * STACKYARD_DATA_DIR, as the server was started with): no page makes a moderator, by design. With the
 * embedded database the script reaches the running server through its socket.
 */
export async function setRoleOn(databaseEnv: Record<string, string>, username: string, role: 'member' | 'moderator' | 'admin'): Promise<void> {
  const { DATABASE_URL: _ignored, STACKYARD_DATA_DIR: _alsoIgnored, ...env } = process.env;
  await promisify(execFile)(tsx, ['src/scripts/set-role.ts', username, role], {
    cwd: apiDir,
    env: { ...env, ...databaseEnv, LOG_LEVEL: 'warn' },
    timeout: 60_000,
  });
}
