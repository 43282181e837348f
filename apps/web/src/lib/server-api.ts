import { createClient, type Client, type PageRenderContext } from '@stackyard/contract';
import type { QueryClient } from '@tanstack/react-query';
import { createQueryClient } from './query-client.js';

/** What a page's data step works with: the render's cache and its typed client. */
export interface PageFetcher {
  queries: QueryClient;
  api: Client;
}

const renders = new WeakMap<PageRenderContext, PageFetcher>();

/**
 * One cache and one client per server render, shared by every loader of the request and by the tree
 * entry.server renders, so a loader's `ensureQueryData` is exactly what the components then read. The
 * client reaches the API over loopback with the visitor's headers and parses every answer with its schema.
 * Only server code imports this module (statically from entry.server, lazily from loaders).
 */
export function renderFetcher(context: PageRenderContext): PageFetcher {
  let fetcher = renders.get(context);
  if (!fetcher) {
    fetcher = { queries: createQueryClient(), api: createClient({ baseUrl: context.apiOrigin, headers: context.apiHeaders }) };
    renders.set(context, fetcher);
  }
  return fetcher;
}
