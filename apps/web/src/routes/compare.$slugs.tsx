import { redirect } from 'react-router';
import type { Route } from './+types/compare.$slugs';
import { ComparePage } from '../features/compare/compare-page.js';
import { comparisonDescription, comparisonHead, comparisonJsonLd, comparisonTitle, type ComparisonHead } from '../features/compare/compare-meta.js';
import { comparisonQuery } from '../features/compare/compare-queries.js';
import { comparePath } from '../features/compare/compare-slugs.js';
import { toolQuery } from '../features/tools/tool-queries.js';
import { notFound, pageData } from '../lib/page-data.js';
import { pageMeta } from '../lib/page-meta.js';

const page = pageData<Route.LoaderArgs['params'], ComparisonHead>(async ({ queries, api }, { params, hasSession }) => {
  // Reading the address takes the domain's schemas: loaded here so they stay out of the page's first download.
  const { readCompareAddress } = await import('../features/compare/compare-address.js');
  const address = readCompareAddress(params.slugs);
  if (address.kind === 'not-found') notFound();
  // One comparison, one address: any other order of the same tools moves there for good.
  if (address.kind === 'redirect') throw redirect(address.path, 301);
  const { slugs } = address;
  // The viewer's votes and follows live on the tools' pages; someone certainly signed out has none.
  const viewerStates = hasSession === false ? [] : slugs.map((slug) => queries.ensureQueryData(toolQuery(api, slug)));
  const [comparison] = await Promise.all([queries.ensureQueryData(comparisonQuery(api, slugs)), ...viewerStates]);
  return comparisonHead(comparePath(slugs), comparison);
});
export const loader = page.loader;
export const clientLoader = page.clientLoader;

export function meta({ loaderData }: Route.MetaArgs) {
  if (!loaderData) return [];
  const { head, origin } = loaderData;
  return pageMeta({
    title: comparisonTitle(head.tools.map((tool) => tool.name)),
    description: comparisonDescription(head.tools),
    path: head.path,
    origin,
    image: head.tools.find((tool) => tool.logoUrl)?.logoUrl ?? null,
    jsonLd: comparisonJsonLd(head, origin),
  });
}

export default function CompareRoute({ loaderData }: Route.ComponentProps) {
  return <ComparePage slugs={loaderData.head.tools.map((tool) => tool.slug)} />;
}
