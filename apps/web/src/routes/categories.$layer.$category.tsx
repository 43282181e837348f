import { slugParam } from '@stackyard/domain';
import type { Route } from './+types/categories.$layer.$category';
import { CategoryPage } from '../features/categories/category-page.js';
import { topToolsQuery } from '../features/categories/category-queries.js';
import { breadcrumbJsonLd, findCategory, taxonomyTrail } from '../features/categories/taxonomy.js';
import { categoriesQuery } from '../features/tools/tool-queries.js';
import { notFound, pageData } from '../lib/page-data.js';
import { pageMeta } from '../lib/page-meta.js';

const page = pageData(async ({ queries, api }, { params }: { params: Route.LoaderArgs['params'] }) => {
  const layerSlug = slugParam.safeParse(params.layer);
  const categorySlug = slugParam.safeParse(params.category);
  if (!layerSlug.success || !categorySlug.success) notFound();
  const [layers] = await Promise.all([
    queries.ensureQueryData(categoriesQuery(api)),
    queries.ensureQueryData(topToolsQuery(api, { category: categorySlug.data })),
  ]);
  const found = findCategory(layers, layerSlug.data, categorySlug.data);
  if (!found) notFound();
  const { layer, category } = found;
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
