import { runOperatorCommand } from './run-operator-command.js';

/** `pnpm user:role <username> <member|moderator|admin>`: how the first admin is made. */
await runOperatorCommand('user:role');
