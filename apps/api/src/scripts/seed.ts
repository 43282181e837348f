import { runOperatorCommand } from './run-operator-command.js';

/**
 * `pnpm db:seed [--catalogue-only]`: writes the catalogue and the demo community (once), printing progress.
 * Safe to run again: a second run changes nothing.
 */
await runOperatorCommand('db:seed');
