import type { Client } from './client.js';
import { send, type CallOptions, type ClientOptions, type LooseInput } from './http.js';
import { routeTable } from './route-table.js';

/**
 * The typed client for web pages: the same `Client` type and calls, sent with the contracts' addresses
 * only. It does not parse answers against their schemas — the server holds its answers to them (tests
 * check every one), and the server render's client parses — so the schemas and zod stay out of the
 * browser's bundle. Failures are the same ApiErrors.
 */
export function createBrowserClient(options: ClientOptions = {}): Client {
  const client: Record<string, Record<string, unknown>> = {};
  for (const [resource, group] of Object.entries(routeTable)) {
    client[resource] = Object.fromEntries(
      Object.entries(group).map(([name, entry]) => [
        name,
        async (input?: LooseInput, callOptions?: CallOptions) => {
          const route = { ...entry, operationId: `${resource}.${name}` };
          const response = await send(route, input, options, callOptions);
          if (route.textType) return response.text();
          const text = await response.text();
          return text ? (JSON.parse(text) as unknown) : undefined;
        },
      ]),
    );
  }
  return client as Client;
}
