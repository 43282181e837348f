import { ApiError } from '@stackyard/contract/browser';
import { lazy, Suspense } from 'react';
import type { MetaDescriptor } from 'react-router';
import { isRouteErrorResponse, useRevalidator } from 'react-router';
import type { Route } from './+types/feed';
import { PRIVATE_PAGE, privatePageData } from '../features/auth/private-page.js';
import { pageMeta } from '../lib/page-meta.js';
// The feed's styles come with the page, so nothing moves when its code arrives.
import '../features/feed/feed.css';
import '../features/follows/follow-button.css';

// The list and its suggestions are a chunk of their own: rendered on the server, hydrated when their code arrives.
const FeedPage = lazy(() => import('../features/feed/feed-page.js').then((module) => ({ default: module.FeedPage })));

const page = privatePageData(async ({ queries, api }, { viewer }) => {
  // Imported when it runs, as the list's own chunk does: nothing of it in every page's manifest entry.
  const { feedSuggestionsQuery, followedFeedQuery } = await import('../features/feed/feed-queries.js');
  const feed = await queries.ensureInfiniteQueryData(followedFeedQuery(api));
  // An empty feed shows what to follow instead: rendered with it, not after it.
  if (feed.pages[0]?.items.length === 0) await queries.prefetchQuery(feedSuggestionsQuery(api, viewer.username));
  return { username: viewer.username };
});
export const loader = page.loader;
export const clientLoader = page.clientLoader;
export const handle = PRIVATE_PAGE;

export function meta({ loaderData }: Route.MetaArgs): MetaDescriptor[] {
  if (!loaderData) return [{ title: 'Your feed · Stackyard' }];
  return [...pageMeta({ title: 'Your feed', description: 'Your feed on Stackyard.', path: '/feed', origin: loaderData.origin }), { name: 'robots', content: 'noindex' }];
}

export default function Page({ loaderData }: Route.ComponentProps) {
  return (
    <Suspense fallback={null}>
      <FeedPage username={loaderData.head.username} />
    </Suspense>
  );
}

/** The feed could not be read (the API busy, the connection lost): say so, and offer to ask again. */
export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const revalidator = useRevalidator();
  const answered = isRouteErrorResponse(error) && typeof error.data === 'object' && error.data && 'message' in error.data ? String(error.data.message) : null;
  return (
    <div className="feed-page">
      <h1>Your feed</h1>
      <div className="alert" role="alert">
        <p className="alert__title">Could not load your feed.</p>
        <p>{answered ?? (error instanceof ApiError ? error.message : 'That did not reach the server. Check your connection and try again.')}</p>
        <button type="button" className="button" aria-disabled={revalidator.state === 'loading'} onClick={() => void revalidator.revalidate()}>
          Try again
        </button>
      </div>
      {revalidator.state === 'loading' && (
        <p className="feed-status" role="status">
          Loading your feed…
        </p>
      )}
    </div>
  );
}
