import { href, redirect } from 'react-router';
import type { Route } from './+types/tools';
import { CataloguePage } from '../features/tools/catalogue-page.js';
import { legacyToolSlug, serializeCatalogueSearch } from '../features/tools/catalogue-url.js';
import { toolItemListJsonLd } from '../features/tools/tool-links.js';
import { categoriesQuery, toolsQuery } from '../features/tools/tool-queries.js';
import { pageData } from '../lib/page-data.js';
import { pageMeta } from '../lib/page-meta.js';

const page = pageData(async ({ queries, api }, { request }) => {
  const params = new URL(request.url).searchParams;
  // Old links opened a tool in a side panel (?tool=passenger); the tool has its own page now.
  const legacy = legacyToolSlug(params);
  if (legacy) throw redirect(href('/tools/:slug', { slug: legacy }), 301);
  // The schema (and zod) load with the data step, not with the page's first download.
  const { parseCatalogueSearch } = await import('../features/tools/catalogue-search.js');
  const filters = parseCatalogueSearch(params);
  const [list] = await Promise.all([
    queries.ensureInfiniteQueryData(toolsQuery(api, filters)),
    queries.ensureQueryData(categoriesQuery(api)),
  ]);
  return { filters, firstTools: (list.pages[0]?.items ?? []).map(({ slug, name }) => ({ slug, name })) };
});
export const loader = page.loader;
export const clientLoader = page.clientLoader;

export function meta({ loaderData }: Route.MetaArgs) {
  const { filters, firstTools } = loaderData.head;
  const path = `${href('/tools')}${serializeCatalogueSearch(filters)}`;
  return pageMeta({
    title: filters.q ? `Tools matching “${filters.q}”` : 'Tools',
    description: 'Browse the developer tools in Stackyard: web servers, databases, frameworks, CI and more, with the stacks that use them and what people say about them.',
    path,
    origin: loaderData.origin,
    jsonLd: toolItemListJsonLd('Tools', firstTools, loaderData.origin),
  });
}

export default function ToolsRoute({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <h1>Tools</h1>
      <p className="catalogue-intro">Find a tool by name, or narrow the catalogue down by layer, function and licence.</p>
      <CataloguePage filters={loaderData.head.filters} />
    </>
  );
}
