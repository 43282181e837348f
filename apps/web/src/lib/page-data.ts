import { ApiError, type Client } from '@stackyard/contract/browser';
import type { PageRenderContext } from '@stackyard/contract/browser';
import { dehydrate, type DehydratedState, type QueryClient } from '@tanstack/react-query';
import { data } from 'react-router';
import { browserApi } from './api.js';
import { browserQueries } from './query-client.js';

/** What a page's data step works with: the render's cache and its typed client. */
export interface PageFetcher {
  queries: QueryClient;
  api: Client;
}

interface PageArgs<Params> {
  params: Params;
  request: Request;
}

/** What a data step is told besides the URL. */
interface PrefetchArgs<Params> extends PageArgs<Params> {
  /**
   * Whether the visitor sent a session cookie: on the server, as the API saw it (false: certainly signed
   * out, so a page can skip asking for the viewer's votes and follows); in the browser null, as the cookie
   * is HttpOnly and only the API can tell.
   */
  hasSession: boolean | null;
}

/**
 * A page's loader and clientLoader from one data step.
 *
 * `prefetch` fills the cache through the feature's queryOptions (`queries.ensureQueryData(...)`) and
 * returns the little the page's `meta` needs (a title, a description). On the server the loader then
 * dehydrates the request's cache into the HTML, so the browser hydrates without fetching; in the browser
 * the clientLoader fills the page's one cache, so a client navigation reuses what is already there.
 * An API 404 becomes the site's 404 page; a 429 or 503 keeps its status.
 */
export function pageData<Params, Head>(prefetch: (fetcher: PageFetcher, args: PrefetchArgs<Params>) => Promise<Head>) {
  return {
    loader: async (args: PageArgs<Params> & { context: PageRenderContext }) => {
      // Loaded lazily so the server's parsing client never enters the browser's bundle.
      const { renderFetcher } = await import('./server-api.js');
      const fetcher = renderFetcher(args.context);
      const head = await prefetch(fetcher, { ...args, hasSession: args.context.hasSession }).catch(asPageError);
      return { head, origin: args.context.publicOrigin, dehydratedState: dehydrate(fetcher.queries) as DehydratedState | null };
    },
    clientLoader: async (args: PageArgs<Params>) => {
      const head = await prefetch({ queries: browserQueries(), api: browserApi() }, { ...args, hasSession: null }).catch(asPageError);
      return { head, origin: window.location.origin, dehydratedState: null as DehydratedState | null };
    },
  };
}

/** Thrown by a data step when what the URL names does not exist: the 404 page, with status 404. */
export function notFound(): never {
  throw data({ message: 'Not found' }, { status: 404 });
}

function asPageError(error: unknown): never {
  if (error instanceof ApiError) {
    // A malformed slug is a URL that names nothing: to a visitor it is the same missing page.
    if (error.status === 404 || error.status === 400) notFound();
    if (error.status === 429 || error.status === 503) {
      const retryAfter = error.retryAfterSeconds;
      throw data(
        { message: error.message },
        { status: error.status, headers: retryAfter === undefined ? undefined : { 'Retry-After': String(retryAfter) } },
      );
    }
  }
  throw error;
}
