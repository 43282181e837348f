import { CliError, EXIT } from '../cli-error.js';
import { loadCredentials, removeCredentials, saveCredentials, type Credentials } from '../credentials.js';
import type { CliEnv } from '../env.js';
import type { Io } from '../io.js';
import { clientFor, explainApiError, normalizeServer, probeServer } from '../server.js';

/** Who the token belongs to, asked of the server: a 401 is a bad or revoked token. */
async function usernameOf(server: string, token: string): Promise<string> {
  try {
    const { user } = await clientFor(server, token).me.get();
    return user.username;
  } catch (error) {
    throw explainApiError(error, server);
  }
}

/** `stackyard login [--server URL] [--token T]`: checks the token with the server, then stores it (0600). */
export async function loginCommand(io: Io, env: CliEnv, options: { server?: string; token?: string }): Promise<number> {
  const server = normalizeServer(options.server ?? env.STACKYARD_SERVER);
  await probeServer(server);
  let token = options.token ?? env.STACKYARD_TOKEN;
  if (!token) {
    if (!io.ask) throw new CliError('No terminal to ask for the token on: pass --token (make one in Settings > API tokens)', EXIT.usage);
    io.err(`Make an API token at ${server}/settings (API tokens), then paste it here.`);
    token = await io.ask('Token: ', { secret: true });
    if (!token) throw new CliError('No token given', EXIT.usage);
  }
  const username = await usernameOf(server, token);
  const file = await saveCredentials(env, { server, token, username });
  io.err(`Logged in to ${server} as ${username} (token stored in ${file}).`);
  return EXIT.ok;
}

export async function logoutCommand(io: Io, env: CliEnv): Promise<number> {
  io.err((await removeCredentials(env)) ? 'Logged out: the stored token is deleted (revoke it in Settings too if it leaked).' : 'Nobody was logged in.');
  return EXIT.ok;
}

/** The stored login, or the STACKYARD_TOKEN given for this run; exit 5 when there is neither. */
export async function requireLogin(env: CliEnv): Promise<Credentials> {
  const stored = await loadCredentials(env);
  if (env.STACKYARD_TOKEN) return { server: stored?.server ?? normalizeServer(env.STACKYARD_SERVER), token: env.STACKYARD_TOKEN, username: stored?.username ?? '' };
  if (!stored) throw new CliError('Not logged in: run `stackyard login --server URL` first', EXIT.unauthorized);
  return stored;
}

/** `stackyard whoami`: the account the stored token acts as, checked with the server. */
export async function whoamiCommand(io: Io, env: CliEnv): Promise<number> {
  const login = await requireLogin(env);
  const username = await usernameOf(login.server, login.token);
  io.out(`${username} on ${login.server}`);
  return EXIT.ok;
}
