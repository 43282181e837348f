import type { Route } from './+types/functions.$slug';
import { functionToolsQuery } from '../features/categories/category-queries.js';
import { categoriesQuery } from '../features/tools/tool-queries.js';
import { FunctionPage } from '../features/categories/function-page.js';
import { breadcrumbJsonLd, findFunction, taxonomyTrail } from '../features/categories/taxonomy.js';
import { notFound, pageData } from '../lib/page-data.js';
import { pageMeta } from '../lib/page-meta.js';

const page = pageData(async ({ queries, api }, { params }: { params: Route.LoaderArgs['params'] }) => {
  // Only a function of the taxonomy is looked up; any other name is a 404 before its tools are asked for.
  const place = findFunction(await queries.ensureQueryData(categoriesQuery(api)), params.slug);
  if (!place) notFound();
  const tools = await queries.ensureInfiniteQueryData(functionToolsQuery(api, place.fn.slug));
  return {
    layer: { slug: place.layer.slug, name: place.layer.name },
    category: { slug: place.category.slug, name: place.category.name },
    fn: { slug: place.fn.slug, name: place.fn.name, toolCount: place.fn.toolCount },
    // The first page's leaders, for the description and the ranked list search engines read.
    top: tools.pages[0]!.items.slice(0, 10).map((tool) => ({ slug: tool.slug, name: tool.name })),
  };
});
export const loader = page.loader;
export const clientLoader = page.clientLoader;

export function meta({ loaderData }: Route.MetaArgs) {
  const { head, origin } = loaderData;
  const leaders = head.top.slice(0, 3).map((tool) => tool.name);
  return pageMeta({
    title: `${head.fn.name}: tools ranked by use`,
    description: `${head.fn.toolCount} ${head.fn.name} tools ranked by how many stacks use them${leaders.length ? `: ${leaders.join(', ')} and more` : ''}.`,
    path: `/functions/${head.fn.slug}`,
    origin,
    jsonLd: {
      '@graph': [
        breadcrumbJsonLd(taxonomyTrail(head), origin),
        {
          '@type': 'ItemList',
          name: `${head.fn.name} tools, most used first`,
          itemListOrder: 'https://schema.org/ItemListOrderDescending',
          numberOfItems: head.fn.toolCount,
          itemListElement: head.top.map((tool, index) => ({
            '@type': 'ListItem',
            position: index + 1,
            item: { '@type': 'SoftwareApplication', name: tool.name, url: new URL(`/tools/${tool.slug}`, origin).href },
          })),
        },
      ],
    },
  });
}

export default function FunctionRoute({ loaderData }: Route.ComponentProps) {
  return <FunctionPage functionSlug={loaderData.head.fn.slug} />;
}
