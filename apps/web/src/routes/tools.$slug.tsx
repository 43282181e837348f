import { href } from 'react-router';
import type { Route } from './+types/tools.$slug';
import { toolFeedPath } from '../features/tools/tool-hero.js';
import { breadcrumbJsonLd, categoryCrumbs } from '../features/tools/tool-links.js';
import { ToolPage } from '../features/tools/tool-page.js';
import { toolDecisionsQuery, toolQuery } from '../features/tools/tool-queries.js';
import { githubUrl, safeExternalUrl } from '../features/tools/tool-format.js';
import { pageData } from '../lib/page-data.js';
import { pageMeta } from '../lib/page-meta.js';

const page = pageData(async ({ queries, api }, { params }: { params: Route.LoaderArgs['params'] }) => {
  const [tool] = await Promise.all([
    queries.ensureQueryData(toolQuery(api, params.slug)),
    queries.ensureInfiniteQueryData(toolDecisionsQuery(api, params.slug)),
  ]);
  const { slug, name, tagline, description, logoUrl, license, openSource, websiteUrl, githubRepo, path, stats } = tool;
  return { slug, name, tagline, description, logoUrl, license, openSource, websiteUrl, githubRepo, path, stats };
});
export const loader = page.loader;
export const clientLoader = page.clientLoader;

export function meta({ loaderData }: Route.MetaArgs) {
  const { head: tool, origin } = loaderData;
  const path = href('/tools/:slug', { slug: tool.slug });
  const url = new URL(path, origin).href;
  const sameAs = [safeExternalUrl(tool.websiteUrl), tool.githubRepo ? githubUrl(tool.githubRepo) : null].filter(Boolean);
  const crumbs = [...categoryCrumbs(tool.path), { name: tool.name, path }];
  return [
    ...pageMeta({
      title: `${tool.name}: ${tool.tagline}`,
      description: `${tool.description} See who uses ${tool.name}, its pros and cons, and how it compares with its alternatives.`,
      path,
      origin,
      image: tool.logoUrl,
      jsonLd: {
        '@graph': [
          {
            '@type': 'SoftwareApplication',
            name: tool.name,
            description: tool.description,
            url,
            applicationCategory: 'DeveloperApplication',
            applicationSubCategory: tool.path.function.name,
            ...(tool.logoUrl ? { image: new URL(tool.logoUrl, origin).href } : {}),
            ...(tool.license && tool.license !== 'Proprietary' ? { license: tool.license } : {}),
            ...(sameAs.length > 0 ? { sameAs } : {}),
            isAccessibleForFree: tool.openSource || undefined,
            interactionStatistic: {
              '@type': 'InteractionCounter',
              interactionType: 'https://schema.org/FollowAction',
              userInteractionCount: tool.stats.followers,
            },
          },
          breadcrumbJsonLd(crumbs, origin),
        ],
      },
    }),
    { tagName: 'link', rel: 'alternate', type: 'application/atom+xml', title: `${tool.name} on Stackyard`, href: new URL(toolFeedPath(tool.slug), origin).href },
  ];
}

export default function ToolRoute({ params }: Route.ComponentProps) {
  return <ToolPage slug={params.slug} />;
}
