import { dehydrate, HydrationBoundary, type DehydratedState } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { Links, Meta, Outlet, Scripts, ScrollRestoration, isRouteErrorResponse, useMatches, useRouteLoaderData } from 'react-router';
import type { Route } from './+types/root';
import { VIEWER_KEY, viewerQuery } from './features/auth/viewer-queries.js';
import { SiteLayout } from './features/site/site-layout.js';
import { useNonce } from './lib/nonce.js';
import './styles/site.css';

// Only a failed page needs these: their own chunk, not every page's first download.
const NotFoundPage = lazy(() => import('./features/site/error-pages.js').then((module) => ({ default: module.NotFoundPage })));
const ErrorPage = lazy(() => import('./features/site/error-pages.js').then((module) => ({ default: module.ErrorPage })));

/**
 * Who is signed in, for the header of every page's first paint: asked only when the visitor sent a session
 * cookie (without one, certainly nobody). Whether GitHub sign-in is offered comes from the server's settings.
 */
export async function loader({ context }: Route.LoaderArgs) {
  const { renderFetcher } = await import('./lib/server-api.js');
  const { queries, api } = renderFetcher(context);
  if (context.hasSession) await queries.prefetchQuery(viewerQuery(api));
  else queries.setQueryData(VIEWER_KEY, null);
  return {
    requestId: context.requestId,
    githubSignIn: context.githubSignIn,
    dehydratedState: dehydrate(queries, { shouldDehydrateQuery: (query) => query.queryKey[0] === VIEWER_KEY[0] }) as DehydratedState,
  };
}

// Nothing the root loads changes while the visitor moves around the site: signing in or out writes the
// viewer into the cache itself.
export function shouldRevalidate() {
  return false;
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <Meta />
        <Links nonce={nonce} />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return (
    <HydrationBoundary state={useDehydratedState()}>
      <SiteLayout>
        <Outlet />
      </SiteLayout>
    </HydrationBoundary>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const root = useRouteLoaderData<typeof loader>('root');
  const page =
    isRouteErrorResponse(error) && error.status === 404 ? (
      <NotFoundPage />
    ) : (
      <ErrorPage status={isRouteErrorResponse(error) ? error.status : 500} requestId={root?.requestId} error={error} />
    );
  // The header needs who is signed in here too: the root's own data, since the page's never arrived.
  return (
    <HydrationBoundary state={root?.dehydratedState}>
      <SiteLayout>
        <Suspense fallback={null}>{page}</Suspense>
      </SiteLayout>
    </HydrationBoundary>
  );
}

/** The server-filled cache of every matched route, merged, for the browser's one query cache. */
function useDehydratedState(): DehydratedState | undefined {
  const states = useMatches()
    .map((match) => (match.loaderData as { dehydratedState?: DehydratedState | null } | undefined)?.dehydratedState)
    .filter((state): state is DehydratedState => Boolean(state));
  // The same states give the same object, so HydrationBoundary hydrates once per navigation, not per render.
  return useMemo(() => mergeStates(states), states);
}

function mergeStates(states: DehydratedState[]): DehydratedState | undefined {
  if (states.length <= 1) return states[0];
  const queries = new Map(states.flatMap((state) => state.queries).map((query) => [query.queryHash, query]));
  return { mutations: [], queries: [...queries.values()] };
}
