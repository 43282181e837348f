import { runOperatorCommand } from './run-operator-command.js';

/**
 * `pnpm dump`: writes the public dataset (tools, taxonomy, stacks, pros and cons with their counts, decisions,
 * public profiles) as JSON Lines with a README and a CC BY 4.0 LICENSE into STACKYARD_DUMP_DIR.
 */
await runOperatorCommand('dump');
