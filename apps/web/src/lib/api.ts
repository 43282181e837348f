import { createClient, type Client, type PageRenderContext } from '@stackyard/contract';
import { createContext, use } from 'react';

/**
 * The site talks to the API only through the typed client of @stackyard/contract.
 *
 * Which client depends on where the page renders: in the browser one client for the page's own origin;
 * during server rendering one per request, reaching the API listener over loopback with the visitor's
 * cookie (see PageRenderContext). Loaders get theirs from `renderSession(context)` or `browserApi()`;
 * components read the current one from ApiContext, which the root fills.
 */
export const ApiContext = createContext<Client | null>(null);

let browserClient: Client | undefined;

/** The browser's client: '' as base URL asks the origin that served the page. */
export function browserApi(): Client {
  browserClient ??= createClient({ baseUrl: '' });
  return browserClient;
}

/** A server render's client: loopback to the API with the visitor's headers. */
export function serverApi(context: PageRenderContext): Client {
  return createClient({ baseUrl: context.apiOrigin, headers: context.apiHeaders });
}

/** The client of the current render. */
export function useApi(): Client {
  const api = use(ApiContext);
  if (!api) throw new Error('useApi needs an <ApiContext value={client}> above it');
  return api;
}
