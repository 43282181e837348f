import { ApiError, createClient, type Client } from '@stackyard/contract';
import { CliError, EXIT } from './cli-error.js';

const PROBE_TIMEOUT_MS = 10_000;

/** A server address as the CLI keeps it: no trailing slash. */
export function normalizeServer(server: string): string {
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    throw new CliError(`"${server}" is not a server address (e.g. https://stackyard.example)`, EXIT.usage);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CliError(`"${server}" is not an http(s) address`, EXIT.usage);
  return url.origin + url.pathname.replace(/\/+$/, '');
}

/**
 * Whether a Stackyard server answers at the address: a name that does not resolve, or an address that
 * answers as something else, is an unknown server (exit 4); one that cannot be reached is no network (exit 3).
 */
export async function probeServer(server: string): Promise<void> {
  try {
    await createClient({ baseUrl: server }).health.check({}, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
  } catch (error) {
    if (error instanceof ApiError && error.status === 503) return;
    if ((error as Error).name === 'TimeoutError') throw new CliError(`Could not reach ${server}: no answer in 10 s`, EXIT.noNetwork);
    throw explainApiError(error, server);
  }
}

/** The typed client of a server, acting with a token. */
export function clientFor(server: string, token: string): Client {
  return createClient({ baseUrl: server, headers: { authorization: `Bearer ${token}` } });
}

/** An error of a call to the server as the CLI reports it, with its exit code. */
export function explainApiError(error: unknown, server: string): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof ApiError) {
    if (error.code === 'network_error') {
      const cause = (error.details as { cause?: string } | undefined)?.cause;
      if (cause === 'ENOTFOUND' || cause === 'EAI_NONAME') return new CliError(`Unknown server ${server}: its name does not resolve`, EXIT.unknownServer);
      return new CliError(`Could not reach ${server}${cause ? ` (${cause})` : ''}. Check the network and the address.`, EXIT.noNetwork);
    }
    if (error.status === 401) {
      return new CliError(`${server} refused the token (it may be mistyped, expired or revoked). Make a new one in Settings, then: stackyard login`, EXIT.unauthorized);
    }
    if (error.code === 'unexpected_response' || error.code === 'http_error') {
      return new CliError(`${server} answered, but not as a Stackyard server does: ${error.message}`, EXIT.unknownServer);
    }
    return new CliError(`${server}: ${error.message}`, EXIT.refused);
  }
  return new CliError(error instanceof Error ? error.message : String(error), EXIT.refused);
}
