import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Route } from './+types/home';
import { trendingToolsQuery } from '../features/home/home-queries.js';
import { useApi } from '../lib/api.js';
import { pageData } from '../lib/page-data.js';
import { pageMeta } from '../lib/page-meta.js';

const page = pageData(async ({ queries, api }) => {
  await queries.ensureQueryData(trendingToolsQuery(api));
  return null;
});
export const loader = page.loader;
export const clientLoader = page.clientLoader;

export function meta({ loaderData }: Route.MetaArgs) {
  return pageMeta({
    title: 'Share your stack, compare the tools in it',
    description: 'Stackyard is an open community where developers share the stacks their teams run, vote on the pros and cons of tools and compare them side by side.',
    path: '/',
    origin: loaderData.origin,
    jsonLd: { '@type': 'WebSite', name: 'Stackyard', url: loaderData.origin, potentialAction: { '@type': 'SearchAction', target: `${loaderData.origin}/search?q={query}`, 'query-input': 'required name=query' } },
  });
}

export default function HomePage() {
  const api = useApi();
  const { data: trending } = useSuspenseQuery(trendingToolsQuery(api));
  return (
    <>
      <h1>Share the stack you run. Compare the tools in it.</h1>
      <h2>Trending tools</h2>
      <ul>
        {trending.map((tool) => (
          <li key={tool.slug}>
            <Link to={`/tools/${tool.slug}`}>{tool.name}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
