import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { href } from 'react-router';
import type { Route } from './+types/home';
import { viewerQuery } from '../features/auth/viewer-queries.js';
import { HomeHero } from '../features/home/home-hero.js';
import { latestFeedQuery, popularComparisonsQuery, publicFeedQuery, trendingToolsQuery } from '../features/home/home-queries.js';
import { PopularComparisons } from '../features/home/popular-comparisons.js';
import { RecentStacksAndDecisions } from '../features/home/recent-stacks-and-decisions.js';
import { TrendingTools } from '../features/home/trending-tools.js';
import { useApi } from '../lib/api.js';
import { pageData, type PageFetcher } from '../lib/page-data.js';
import { pageMeta } from '../lib/page-meta.js';
import '../features/home/home.css';
// The signed-in part's styles come with the page, so nothing moves when its code arrives.
import '../features/feed/feed.css';

// Only signed-in visitors see their feed: its code is a chunk of its own, outside the first download.
const HomeFeed = lazy(() => import('../features/home/home-feed.js').then((module) => ({ default: module.HomeFeed })));

const page = pageData(async ({ queries, api }, { hasSession }) => {
  const [viewerName] = await Promise.all([
    // Without a session cookie certainly nobody is signed in: the page is the public one, with no extra call.
    hasSession === false ? null : prefetchViewerFeed({ queries, api }),
    queries.ensureQueryData(trendingToolsQuery(api)),
    queries.ensureQueryData(popularComparisonsQuery(api)),
    queries.ensureQueryData(publicFeedQuery(api)),
  ]);
  return { viewerName };
});

/** Who is signed in (their name, or null), and their first few feed items, rendered with the page. */
async function prefetchViewerFeed({ queries, api }: PageFetcher): Promise<string | null> {
  const viewer = await queries.ensureQueryData(viewerQuery(api));
  if (!viewer) return null;
  await queries.ensureQueryData(latestFeedQuery(api));
  return viewer.displayName?.trim() || viewer.username;
}

export const loader = page.loader;
export const clientLoader = page.clientLoader;

export function meta({ loaderData }: Route.MetaArgs) {
  const { origin } = loaderData;
  return pageMeta({
    title: 'Share your stack, compare the tools in it',
    description: 'Stackyard is an open community where developers share the stacks their teams run, vote on the pros and cons of tools and compare them side by side.',
    path: '/',
    origin,
    jsonLd: {
      '@type': 'WebSite',
      name: 'Stackyard',
      url: new URL('/', origin).href,
      potentialAction: { '@type': 'SearchAction', target: `${new URL(href('/search'), origin).href}?q={query}`, 'query-input': 'required name=query' },
    },
  });
}

export default function HomeRoute({ loaderData }: Route.ComponentProps) {
  return (
    <>
      {loaderData.head.viewerName === null ? <HomeHero /> : <SignedInHero name={loaderData.head.viewerName} />}
      <div className="home-columns">
        <TrendingTools />
        <PopularComparisons />
      </div>
      <RecentStacksAndDecisions />
    </>
  );
}

/**
 * A signed-in visitor's hero. Signing out here empties the cache before the page's data says nobody is
 * signed in: from then on it is the public hero, and their feed is not asked for again.
 */
function SignedInHero({ name }: { name: string }) {
  const viewer = useQuery(viewerQuery(useApi())).data;
  return viewer === null ? <HomeHero /> : <LatestFeed name={name} />;
}

/** The latest of the visitor's feed, read here so that the lazy part needs no queries of its own. */
function LatestFeed({ name }: { name: string }) {
  const { data: items } = useSuspenseQuery(latestFeedQuery(useApi()));
  return (
    <Suspense fallback={null}>
      <HomeFeed items={items} name={name} />
    </Suspense>
  );
}
