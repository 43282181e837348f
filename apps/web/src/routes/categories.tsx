import type { Route } from './+types/categories';
import { CategoriesOverview } from '../features/categories/categories-overview.js';
import { categoriesQuery } from '../features/tools/tool-queries.js';
import { breadcrumbJsonLd, taxonomyTrail } from '../features/categories/taxonomy.js';
import { pageData } from '../lib/page-data.js';
import { pageMeta } from '../lib/page-meta.js';

const page = pageData(async ({ queries, api }) => {
  const layers = await queries.ensureQueryData(categoriesQuery(api));
  return { layers: layers.map((layer) => ({ slug: layer.slug, name: layer.name, toolCount: layer.toolCount })) };
});
export const loader = page.loader;
export const clientLoader = page.clientLoader;

export function meta({ loaderData }: Route.MetaArgs) {
  const { head, origin } = loaderData;
  const trail = taxonomyTrail({});
  return pageMeta({
    title: 'Categories of tools',
    description: `Every tool on Stackyard by layer, category and function: ${head.layers.map((layer) => layer.name).join(', ')}.`,
    path: '/categories',
    origin,
    jsonLd: {
      '@graph': [
        {
          '@type': 'CollectionPage',
          name: 'Categories of tools',
          url: new URL('/categories', origin).href,
          hasPart: head.layers.map((layer) => ({ '@type': 'CollectionPage', name: layer.name, url: new URL(`/categories/${layer.slug}`, origin).href })),
        },
        breadcrumbJsonLd(trail, origin),
      ],
    },
  });
}

export default function CategoriesRoute() {
  return <CategoriesOverview />;
}
