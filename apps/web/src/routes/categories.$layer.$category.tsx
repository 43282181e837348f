import type { Route } from './+types/categories.$layer.$category';
import { CategoryPage } from '../features/categories/category-page.js';
import { topToolsQuery } from '../features/categories/category-queries.js';
import { categoriesQuery } from '../features/tools/tool-queries.js';
import { breadcrumbJsonLd, findCategory, taxonomyTrail } from '../features/categories/taxonomy.js';
import { notFound, pageData } from '../lib/page-data.js';
import { pageMeta } from '../lib/page-meta.js';

const page = pageData(async ({ queries, api }, { params }: { params: Route.LoaderArgs['params'] }) => {
  // Only a category of the taxonomy, under its own layer, is looked up; anything else is a 404.
  const found = findCategory(await queries.ensureQueryData(categoriesQuery(api)), params.layer, params.category);
  if (!found) notFound();
  const { layer, category } = found;
  await queries.ensureQueryData(topToolsQuery(api, { category: category.slug }));
  return {
    layer: { slug: layer.slug, name: layer.name },
    category: { slug: category.slug, name: category.name, toolCount: category.toolCount },
    functions: category.functions.map((fn) => fn.name),
  };
});
export const loader = page.loader;
export const clientLoader = page.clientLoader;

export function meta({ loaderData }: Route.MetaArgs) {
  const { head, origin } = loaderData;
  return pageMeta({
    title: `${head.category.name}: functions and tools`,
    description: `${head.category.toolCount} ${head.category.name} tools on Stackyard (${head.layer.name}): ${head.functions.join(', ')}.`,
    path: `/categories/${head.layer.slug}/${head.category.slug}`,
    origin,
    jsonLd: breadcrumbJsonLd(taxonomyTrail(head), origin),
  });
}

export default function CategoryRoute({ loaderData }: Route.ComponentProps) {
  return <CategoryPage layerSlug={loaderData.head.layer.slug} categorySlug={loaderData.head.category.slug} />;
}
