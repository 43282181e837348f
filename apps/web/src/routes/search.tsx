import type { MetaDescriptor } from 'react-router';
import type { Route } from './+types/search';
import { parseSearchPageParams, searchPageHref } from '../features/search/search-params.js';
import { SearchPage } from '../features/search/search-page.js';
import { searchQuery, SEARCH_PAGE_LIMIT } from '../features/search/search-queries.js';
import { describeResultCounts } from '../features/search/search-summary.js';
import { parseVersus, withVersusTools } from '../features/search/versus.js';
import { pageData } from '../lib/page-data.js';
import { pageMeta } from '../lib/page-meta.js';

const page = pageData(async ({ queries, api }, { request }) => {
  const { q } = parseSearchPageParams(new URL(request.url).searchParams);
  if (!q) return { q: null, summary: null };
  const results = await queries.ensureQueryData(searchQuery(api, q, SEARCH_PAGE_LIMIT));
  // "a vs b": what each name finds first, to offer their comparison. Optional, so a failure is no error.
  const names = parseVersus(q) ?? [];
  await Promise.all(names.map((name) => queries.prefetchQuery(searchQuery(api, name, 1))));
  const firstHits = names.map((name) => queries.getQueryData(searchQuery(api, name, 1).queryKey)?.tools[0]);
  return { q, summary: describeResultCounts(withVersusTools(results, firstHits)) };
});
export const loader = page.loader;
export const clientLoader = page.clientLoader;

export function meta({ loaderData }: Route.MetaArgs): MetaDescriptor[] {
  const { q, summary } = loaderData.head;
  if (!q) {
    return pageMeta({
      title: 'Search',
      description: 'Search Stackyard for tools, the stacks that use them and the people who share them.',
      path: '/search',
      origin: loaderData.origin,
      jsonLd: {
        '@type': 'WebPage',
        name: 'Search Stackyard',
        potentialAction: { '@type': 'SearchAction', target: `${loaderData.origin}/search?q={query}`, 'query-input': 'required name=query' },
      },
    });
  }
  return [
    ...pageMeta({
      title: `Search: ${q}`,
      description: `${summary} Tools, stacks and people on Stackyard for “${q}”.`,
      path: searchPageHref(q),
      origin: loaderData.origin,
      jsonLd: { '@type': 'SearchResultsPage', name: `Search: ${q}` },
    }),
    // Result pages are endless and thin: crawlers may follow their links but should not index them.
    { name: 'robots', content: 'noindex, follow' },
  ];
}

export default function SearchRoute({ loaderData }: Route.ComponentProps) {
  return <SearchPage q={loaderData.head.q} />;
}
