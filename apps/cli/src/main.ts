import { parseArgs } from 'node:util';
import { CliError, EXIT } from './cli-error.js';
import { badgeCommand } from './commands/badge.js';
import { loginCommand, logoutCommand, whoamiCommand } from './commands/account.js';
import { pushCommand } from './commands/push.js';
import { requireNoExtra, scanCommand } from './commands/scan.js';
import { searchCommand } from './commands/search.js';
import { parseCliEnv } from './env.js';
import { terminalIo, type Io } from './io.js';

export const usage = `Usage: stackyard <command> [options]

Commands:
  scan [dir] [--json]                 detect the stack of a folder (offline), each tool with file:line
  push [dir] --stack NAME [--write]   create or update your stack on the server from what scan finds;
                                      --write also writes stackyard.json (pins, exclusions, ignores)
  login [--server URL] [--token T]    store an API token made in Settings (asks for it on a terminal)
  logout                              forget the stored token
  whoami                              the account the stored token acts as
  badge [--stack NAME]                Markdown for a README badge linking to your stack
  search <text>                       find tools in the catalogue by name
  help                                show this text

Exit codes: 0 ok, 1 usage, 2 nothing detected, 3 no network, 4 unknown server, 5 bad or revoked token
(or not logged in), 6 invalid stackyard.json, 7 refused by the server.

Environment: STACKYARD_SERVER (default server for login and search), STACKYARD_TOKEN (a token for this run),
STACKYARD_CONFIG_DIR (where the login is kept).`;

const OPTIONS = {
  json: { type: 'boolean' },
  write: { type: 'boolean' },
  stack: { type: 'string' },
  server: { type: 'string' },
  token: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs one command and returns the process exit code. `output` (tests) takes both streams' lines. */
export async function run(args: readonly string[], output?: ((line: string) => void) | Io): Promise<number> {
  const io: Io = typeof output === 'function' ? { out: output, err: output, progress: () => {}, cwd: process.cwd() } : (output ?? terminalIo());
  try {
    const { values, positionals } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
    const [command, ...rest] = positionals;
    if (!command || command === 'help' || values.help) {
      io.out(usage);
      return command || values.help ? EXIT.ok : EXIT.usage;
    }
    const env = parseCliEnv(process.env);
    switch (command) {
      case 'scan':
        requireNoExtra(rest.slice(1), usage);
        return await scanCommand(io, rest[0] ?? '.', { json: values.json ?? false });
      case 'push':
        requireNoExtra(rest.slice(1), usage);
        return await pushCommand(io, env, rest[0] ?? '.', { stack: values.stack, write: values.write ?? false });
      case 'login':
        requireNoExtra(rest, usage);
        return await loginCommand(io, env, { server: values.server, token: values.token });
      case 'logout':
        return await logoutCommand(io, env);
      case 'whoami':
        return await whoamiCommand(io, env);
      case 'badge':
        return await badgeCommand(io, env, { stack: values.stack });
      case 'search':
        return await searchCommand(io, env, rest);
      default:
        throw new CliError(`Unknown command "${command}".\n\n${usage}`, EXIT.usage);
    }
  } catch (error) {
    io.progress('');
    if (error instanceof CliError) {
      io.err(`Error: ${error.message}`);
      return error.exitCode;
    }
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`Error: ${(error as Error).message}\n\n${usage}`);
      return EXIT.usage;
    }
    io.err(`Error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.refused;
  }
}
