import { ApiError, apiErrorFromResponse } from './api-error.js';
import { contracts, type Contracts } from './contracts.js';
import { formatIssues, summarizeIssues } from './issues.js';
import { describeRoute, type RequestInput, type RouteContract, type SuccessBody } from './route.js';

type HeadersInit = ConstructorParameters<typeof Headers>[0];

export interface ClientOptions {
  /** Where the API lives: `https://stackyard.example`; '' (the default) asks the page's own origin. */
  baseUrl?: string;
  /** The fetch to use (the global one by default): tests and server rendering pass their own. */
  fetch?: typeof fetch;
  /** Sent with every call: `Authorization` for the CLI, the visitor's `Cookie` during server rendering. */
  headers?: HeadersInit | (() => HeadersInit);
}

export interface CallOptions {
  signal?: AbortSignal;
  headers?: HeadersInit;
}

/** One endpoint as a function: its input is optional when the contract needs no params and no body. */
export type ClientMethod<Contract extends RouteContract> = object extends RequestInput<Contract>
  ? (input?: RequestInput<Contract>, options?: CallOptions) => Promise<SuccessBody<Contract>>
  : (input: RequestInput<Contract>, options?: CallOptions) => Promise<SuccessBody<Contract>>;

/** `client.tools.get({ params: { slug } })`: every contract of the registry, by resource and name. */
export type Client = {
  [Resource in keyof Contracts]: {
    [Name in keyof Contracts[Resource]]: Contracts[Resource][Name] extends RouteContract
      ? ClientMethod<Contracts[Resource][Name]>
      : never;
  };
};

interface LooseInput {
  params?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
}

/** The path and query string of a call: `/api/v1/tools/passenger`, `/api/v1/tools?q=gun&limit=10`. */
export function urlOf(contract: RouteContract, input: LooseInput = {}): string {
  const path = contract.path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = input.params?.[name];
    if (value === undefined || value === null || value === '') throw new Error(`${describeRoute(contract)} needs params.${name}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(input.query ?? {})) {
    if (value === undefined || value === null) continue;
    search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Reads a successful answer as its contract describes it, or says exactly where it departs from it. */
async function readSuccess(contract: RouteContract, response: Response): Promise<unknown> {
  const spec = contract.responses[response.status];
  if (!spec) {
    throw new ApiError(response.status, 'unexpected_response', `${describeRoute(contract)} answered ${response.status}, a status its contract does not list`);
  }
  if (spec.contentType) return response.text();
  if (!spec.schema) return undefined;
  const parsed = spec.schema.safeParse(await readJson(response));
  if (parsed.success) return parsed.data;
  const issues = summarizeIssues(parsed.error);
  throw new ApiError(
    response.status,
    'unexpected_response',
    `${describeRoute(contract)} answered ${response.status} with a body its contract does not allow: ${formatIssues(issues)}`,
    { issues },
  );
}

/** Calls one endpoint: builds the URL from the contract, sends JSON, parses the answer with its schema. */
export async function call(contract: RouteContract, input: LooseInput = {}, options: ClientOptions = {}, callOptions: CallOptions = {}): Promise<unknown> {
  // The client's headers, then the call's own, then what the contract decides.
  const headers = new Headers(typeof options.headers === 'function' ? options.headers() : options.headers);
  new Headers(callOptions.headers).forEach((value, key) => headers.set(key, value));
  headers.set('accept', contract.responses[200]?.contentType ?? 'application/json');
  const hasBody = input.body !== undefined;
  if (hasBody) headers.set('content-type', 'application/json');
  const fetchImpl = options.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await fetchImpl(`${options.baseUrl ?? ''}${urlOf(contract, input)}`, {
      method: contract.method.toUpperCase(),
      headers,
      body: hasBody ? JSON.stringify(input.body) : undefined,
      signal: callOptions.signal,
    });
  } catch (error) {
    // A cancelled call is not a failure: callers (TanStack Query among them) expect the AbortError itself.
    if (callOptions.signal?.aborted) throw error;
    throw new ApiError(0, 'network_error', 'Could not reach the Stackyard server. Check the connection and try again.');
  }
  if (!response.ok && !(response.status >= 300 && response.status < 400)) {
    throw apiErrorFromResponse(response.status, await readJson(response), response.headers.get('retry-after'));
  }
  return readSuccess(contract, response);
}

/**
 * The typed client of the whole API, built from the contracts: paths and query strings come from them, and
 * every answer is parsed with its response schema, so a drift between server and client fails loudly. Every
 * failure is an ApiError (status, code, message, details).
 */
export function createClient(options: ClientOptions = {}): Client {
  const client: Record<string, Record<string, unknown>> = {};
  for (const [resource, group] of Object.entries(contracts)) {
    client[resource] = Object.fromEntries(
      Object.entries(group as Record<string, RouteContract>).map(([name, contract]) => [
        name,
        (input?: LooseInput, callOptions?: CallOptions) => call(contract, input, options, callOptions),
      ]),
    );
  }
  return client as Client;
}
