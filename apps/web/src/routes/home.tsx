import { href } from 'react-router';
import type { Route } from './+types/home';
import { HomeHero } from '../features/home/home-hero.js';
import { popularComparisonsQuery, publicFeedQuery, trendingToolsQuery } from '../features/home/home-queries.js';
import { PopularComparisons } from '../features/home/popular-comparisons.js';
import { RecentStacksAndDecisions } from '../features/home/recent-stacks-and-decisions.js';
import { TrendingTools } from '../features/home/trending-tools.js';
import { pageData } from '../lib/page-data.js';
import { pageMeta } from '../lib/page-meta.js';
import '../features/home/home.css';

const page = pageData(async ({ queries, api }) => {
  await Promise.all([
    queries.ensureQueryData(trendingToolsQuery(api)),
    queries.ensureQueryData(popularComparisonsQuery(api)),
    queries.ensureQueryData(publicFeedQuery(api)),
  ]);
  return null;
});
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

export default function HomeRoute() {
  return (
    <>
      <HomeHero />
      <div className="home-columns">
        <TrendingTools />
        <PopularComparisons />
      </div>
      <RecentStacksAndDecisions />
    </>
  );
}
