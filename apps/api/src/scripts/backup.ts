import { runOperatorCommand } from './run-operator-command.js';

/**
 * `pnpm backup`: a backup of the database the environment names into STACKYARD_BACKUP_DIR, taken while the
 * server runs (inside it, for the embedded database it has open).
 */
await runOperatorCommand('backup');
