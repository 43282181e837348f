import { createBrowserClient, type Client } from '@stackyard/contract/browser';
import { createContext, use } from 'react';

/**
 * The site talks to the API only through the typed client of @stackyard/contract.
 *
 * Which client depends on where the page renders: in the browser one light client for the page's own
 * origin (no response schemas, so no zod in the bundle); during server rendering one per request, reaching
 * the API listener over loopback with the visitor's cookie and parsing every answer (server-api.ts).
 * Components read the current one from ApiContext, which the entry points fill.
 */
export const ApiContext = createContext<Client | null>(null);

let browserClient: Client | undefined;

/** The browser's client: '' as base URL asks the origin that served the page. */
export function browserApi(): Client {
  browserClient ??= createBrowserClient({ baseUrl: '' });
  return browserClient;
}

/** The client of the current render. */
export function useApi(): Client {
  const api = use(ApiContext);
  if (!api) throw new Error('useApi needs an <ApiContext value={client}> above it');
  return api;
}
