import { createClient, type Client } from '@stackyard/contract';
import { createContext, use } from 'react';

/**
 * The page talks to the API only through the typed client of @stackyard/contract.
 *
 * Which client depends on where the page renders, so it is not a module-level singleton that queries
 * import: in the browser it is one client for the page's own origin; during server rendering it must be
 * one per request, built with the API's origin and the visitor's cookie
 * (`createClient({ baseUrl: origin, headers: { cookie } })`). So the query-option factories take the
 * client as an argument (a loader can call them with its own), and components read it from ApiContext,
 * which the entry point fills: `<ApiContext value={client}>`. There is no default value, so a render
 * that forgot to provide one fails at once instead of fetching relative URLs from the server.
 */
export const ApiContext = createContext<Client | null>(null);

/** The browser's client: '' as base URL asks the origin that served the page. */
export function createBrowserApi(): Client {
  return createClient({ baseUrl: '' });
}

/** The client of the current render. */
export function useApi(): Client {
  const api = use(ApiContext);
  if (!api) throw new Error('useApi needs an <ApiContext value={client}> above it');
  return api;
}
