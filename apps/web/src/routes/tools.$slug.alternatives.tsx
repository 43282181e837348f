import { href } from 'react-router';
import type { Route } from './+types/tools.$slug.alternatives';
import { AlternativesPage } from '../features/tools/alternatives-page.js';
import { breadcrumbJsonLd, categoryCrumbs, toolItemListJsonLd } from '../features/tools/tool-links.js';
import { toolAlternativesQuery, toolQuery } from '../features/tools/tool-queries.js';
import { pageData } from '../lib/page-data.js';
import { pageMeta } from '../lib/page-meta.js';

const page = pageData(async ({ queries, api }, { params }: { params: Route.LoaderArgs['params'] }) => {
  const [tool, alternatives] = await Promise.all([
    queries.ensureQueryData(toolQuery(api, params.slug)),
    queries.ensureInfiniteQueryData(toolAlternativesQuery(api, params.slug)),
  ]);
  const first = (alternatives.pages[0]?.items ?? []).map(({ slug, name }) => ({ slug, name }));
  return { slug: tool.slug, name: tool.name, path: tool.path, logoUrl: tool.logoUrl, first };
});
export const loader = page.loader;
export const clientLoader = page.clientLoader;

export function meta({ loaderData }: Route.MetaArgs) {
  const { head: tool, origin } = loaderData;
  const path = href('/tools/:slug/alternatives', { slug: tool.slug });
  const names = tool.first.slice(0, 3).map((other) => other.name);
  const crumbs = [...categoryCrumbs(tool.path), { name: tool.name, path: href('/tools/:slug', { slug: tool.slug }) }, { name: 'Alternatives', path }];
  return pageMeta({
    title: `Alternatives to ${tool.name}`,
    description: names.length
      ? `The ${tool.path.function.name} tools people use instead of ${tool.name}: ${names.join(', ')} and more, ranked by the stacks that use them, each compared with ${tool.name}.`
      : `${tool.name} is the only ${tool.path.function.name} tool in Stackyard so far.`,
    path,
    origin,
    image: tool.logoUrl,
    jsonLd: {
      '@graph': [
        { '@type': 'CollectionPage', name: `Alternatives to ${tool.name}`, url: new URL(path, origin).href, mainEntity: toolItemListJsonLd(`Alternatives to ${tool.name}`, tool.first, origin) },
        breadcrumbJsonLd(crumbs, origin),
      ],
    },
  });
}

export default function AlternativesRoute({ params }: Route.ComponentProps) {
  return <AlternativesPage slug={params.slug} />;
}
