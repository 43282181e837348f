import { ROLES, type UserRole } from '@stackyard/domain';
import { connect } from '../database/open-database.js';
import { loadEnv } from '../env.js';
import { grantRole } from '../services/account-service.js';

/** `pnpm user:role <username> <member|moderator|admin>`: how the first admin is made. */
const [username, role] = process.argv.slice(2);
if (!username || !ROLES.includes(role as UserRole)) {
  console.error(`Usage: pnpm user:role <username> <${ROLES.join('|')}>`);
  process.exit(1);
}
const database = await connect(loadEnv());
try {
  const account = await grantRole(database.db, username, role as UserRole);
  console.log(`${account.username} is now ${account.role}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await database.close();
}
