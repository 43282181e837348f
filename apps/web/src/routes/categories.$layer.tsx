import type { Route } from './+types/categories.$layer';
import { topToolsQuery } from '../features/categories/category-queries.js';
import { categoriesQuery } from '../features/tools/tool-queries.js';
import { LayerPage } from '../features/categories/layer-page.js';
import { breadcrumbJsonLd, findLayer, taxonomyTrail } from '../features/categories/taxonomy.js';
import { notFound, pageData } from '../lib/page-data.js';
import { pageMeta } from '../lib/page-meta.js';

const page = pageData(async ({ queries, api }, { params }: { params: Route.LoaderArgs['params'] }) => {
  // Only a layer of the taxonomy is looked up; any other name is a 404 before its tools are asked for.
  const layer = findLayer(await queries.ensureQueryData(categoriesQuery(api)), params.layer);
  if (!layer) notFound();
  await queries.ensureQueryData(topToolsQuery(api, { layer: layer.slug }));
  return { slug: layer.slug, name: layer.name, toolCount: layer.toolCount, categories: layer.categories.map((category) => category.name) };
});
export const loader = page.loader;
export const clientLoader = page.clientLoader;

export function meta({ loaderData }: Route.MetaArgs) {
  const { head, origin } = loaderData;
  return pageMeta({
    title: `${head.name}: categories and tools`,
    description: `${head.toolCount} ${head.name} tools on Stackyard, in ${head.categories.join(', ')}.`,
    path: `/categories/${head.slug}`,
    origin,
    jsonLd: breadcrumbJsonLd(taxonomyTrail({ layer: head }), origin),
  });
}

export default function LayerRoute({ loaderData }: Route.ComponentProps) {
  return <LayerPage layerSlug={loaderData.head.slug} />;
}
