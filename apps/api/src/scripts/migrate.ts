import { runOperatorCommand } from './run-operator-command.js';

/** `pnpm db:migrate`: applies pending migrations to the database the environment names. */
await runOperatorCommand('db:migrate');
