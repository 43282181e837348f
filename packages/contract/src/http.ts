import { ApiError, apiErrorFromResponse } from './api-error.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

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

export interface LooseInput {
  params?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
}

/** What sending a request needs to know of an endpoint: no schemas, so a browser bundle stays small. */
export interface RouteAddress {
  method: HttpMethod;
  path: string;
  operationId: string;
  /** The content type of a text answer (an Atom feed); JSON otherwise. */
  textType?: string;
}

/** A route table entry: an address whose operationId is its place in the table. */
export type RouteEntry = Omit<RouteAddress, 'operationId'>;

/** "GET /api/v1/tools/:slug (tools.get)", for messages. */
export function describeAddress(route: RouteEntry & { operationId?: string }): string {
  const name = route.operationId ? ` (${route.operationId})` : '';
  return `${route.method.toUpperCase()} ${route.path}${name}`;
}

/** The path and query string of a call: `/api/v1/tools/passenger`, `/api/v1/tools?q=gun&limit=10`. */
export function urlOf(route: RouteEntry & { operationId?: string }, input: LooseInput = {}): string {
  const path = route.path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = input.params?.[name];
    if (value === undefined || value === null || value === '') throw new Error(`${describeAddress(route)} needs params.${name}`);
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

export async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Sends one call: builds the URL, sends JSON, and turns every failure into an ApiError. The successful
 * Response is the caller's to read (parsed against its schema, or trusted, see createClient).
 */
export async function send(route: RouteAddress, input: LooseInput = {}, options: ClientOptions = {}, callOptions: CallOptions = {}): Promise<Response> {
  // The client's headers, then the call's own, then what the contract decides.
  const headers = new Headers(typeof options.headers === 'function' ? options.headers() : options.headers);
  new Headers(callOptions.headers).forEach((value, key) => headers.set(key, value));
  headers.set('accept', route.textType ?? 'application/json');
  const hasBody = input.body !== undefined;
  if (hasBody) headers.set('content-type', 'application/json');
  const fetchImpl = options.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await fetchImpl(`${options.baseUrl ?? ''}${urlOf(route, input)}`, {
      method: route.method.toUpperCase(),
      headers,
      body: hasBody ? JSON.stringify(input.body) : undefined,
      signal: callOptions.signal,
    });
  } catch (error) {
    // A cancelled call is not a failure: callers (TanStack Query among them) expect the AbortError itself.
    if (callOptions.signal?.aborted) throw error;
    // The system's reason (ENOTFOUND, ECONNREFUSED...) rides along: a CLI tells a wrong name from no network.
    const cause = (error as { cause?: { code?: unknown } }).cause?.code;
    throw new ApiError(0, 'network_error', 'Could not reach the Stackyard server. Check the connection and try again.', typeof cause === 'string' ? { cause } : undefined);
  }
  if (!response.ok && !(response.status >= 300 && response.status < 400)) {
    throw apiErrorFromResponse(response.status, await readJson(response), response.headers.get('retry-after'));
  }
  return response;
}
