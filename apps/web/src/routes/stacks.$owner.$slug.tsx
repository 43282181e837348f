import type { Route } from './+types/stacks.$owner.$slug';
import { stackHead, stackJsonLd } from '../features/stacks/stack-json-ld.js';
import { StackPage } from '../features/stacks/stack-page.js';
import { stackQuery } from '../features/stacks/stack-queries.js';
import { pageData } from '../lib/page-data.js';
import { pageMeta } from '../lib/page-meta.js';

const page = pageData(async ({ queries, api }, { params }: { params: Route.LoaderArgs['params'] }) => {
  // The API checks the names; one it refuses is a 404 like one it does not know (pageData).
  const { owner, slug } = params;
  // The page reads the stack under the key it was fetched with: the URL's spelling, which may differ in case.
  return { ...stackHead(await queries.ensureQueryData(stackQuery(api, owner, slug))), requested: { owner, slug } };
});
export const loader = page.loader;
export const clientLoader = page.clientLoader;

export function meta({ loaderData }: Route.MetaArgs) {
  const { head, origin } = loaderData;
  return pageMeta({
    title: `${head.name} by ${head.ownerName}`,
    description: head.description,
    path: `/stacks/${head.owner}/${head.slug}`,
    origin,
    jsonLd: stackJsonLd(head, origin),
  });
}

export default function StackRoute({ loaderData }: Route.ComponentProps) {
  return <StackPage owner={loaderData.head.requested.owner} slug={loaderData.head.requested.slug} />;
}
