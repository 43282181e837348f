import { createClient } from '@stackyard/contract';
import { CliError, EXIT } from '../cli-error.js';
import { loadCredentials } from '../credentials.js';
import type { CliEnv } from '../env.js';
import { formatToolTable } from '../format.js';
import type { Io } from '../io.js';
import { explainApiError, normalizeServer } from '../server.js';

/** `stackyard search <text>`: tools of the catalogue by name, from the server logged in to (or STACKYARD_SERVER). */
export async function searchCommand(io: Io, env: CliEnv, words: string[]): Promise<number> {
  const text = words.join(' ').trim();
  if (!text) throw new CliError('search needs some text, e.g. `stackyard search nginx`', EXIT.usage);
  const server = (await loadCredentials(env))?.server ?? normalizeServer(env.STACKYARD_SERVER);
  try {
    const { items } = await createClient({ baseUrl: server }).tools.list({ query: { q: text, limit: 10 } });
    io.out(formatToolTable(items));
    return EXIT.ok;
  } catch (error) {
    throw explainApiError(error, server);
  }
}
