import { createClient } from '@stackyard/contract';
import { parseCliEnv } from './env.js';
import { formatToolTable } from './format.js';

const usage = `Usage: stackyard <command>

Commands:
  search <text>   find tools in the catalogue by name
  help            show this text

Environment:
  STACKYARD_SERVER  the Stackyard server to talk to (default http://localhost:3000)`;

/** Runs one command and returns the process exit code. */
export async function run(args: readonly string[], output: (line: string) => void = console.log): Promise<number> {
  const [command, ...rest] = args;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    output(usage);
    return command ? 0 : 1;
  }
  try {
    const env = parseCliEnv(process.env);
    if (command === 'search') {
      const text = rest.join(' ').trim();
      if (!text) {
        output('search needs some text, e.g. `stackyard search nginx`');
        return 1;
      }
      // The typed client builds the URL from the contract and parses the answer with its schema; a failure is
      // an ApiError whose message is the server's own, printed below.
      const api = createClient({ baseUrl: env.STACKYARD_SERVER.replace(/\/+$/, '') });
      const { items } = await api.tools.list({ query: { q: text, limit: 10 } });
      output(formatToolTable(items));
      return 0;
    }
    output(`Unknown command "${command}".\n\n${usage}`);
    return 1;
  } catch (error) {
    output(`Error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
