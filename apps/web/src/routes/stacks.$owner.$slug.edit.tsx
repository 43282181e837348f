import { data, type MetaDescriptor } from 'react-router';
import type { Route } from './+types/stacks.$owner.$slug.edit';
import { StackEditForbidden, StackEditPage } from '../features/stacks/stack-editor-page.js';
import { stackQuery } from '../features/stacks/stack-queries.js';
import { categoriesQuery } from '../features/tools/tool-queries.js';
import { PRIVATE_PAGE, privatePageData } from '../features/auth/private-page.js';
import { pageMeta } from '../lib/page-meta.js';

const page = privatePageData(async ({ queries, api }, { params }: { params: Route.LoaderArgs['params'] }) => {
  const { owner, slug } = params;
  // A stack the API does not show is the 404 page (pageData); one the viewer may see but not change, a 403 below.
  const [stack] = await Promise.all([queries.ensureQueryData(stackQuery(api, owner, slug)), queries.ensureQueryData(categoriesQuery(api))]);
  const canonical = { owner: stack.owner.username, slug: stack.slug };
  return { owner, slug, name: stack.name, canonical, forbidden: !stack.viewer?.canEdit };
});
/** Someone who may see the stack but not change it gets the page that says so, with the status that means it. */
export const loader = async (args: Route.LoaderArgs) => {
  const result = await page.loader(args);
  return result.head.forbidden ? data(result, { status: 403 }) : result;
};
export const clientLoader = page.clientLoader;
export const handle = PRIVATE_PAGE;

export function meta({ loaderData }: Route.MetaArgs): MetaDescriptor[] {
  const { head, origin } = loaderData;
  return [
    ...pageMeta({ title: `Edit ${head.name}`, description: `Edit the stack ${head.name} on Stackyard.`, path: `/stacks/${head.canonical.owner}/${head.canonical.slug}/edit`, origin }),
    { name: 'robots', content: 'noindex' },
  ];
}

export default function Page({ loaderData }: Route.ComponentProps) {
  const { owner, slug, forbidden } = loaderData.head;
  return forbidden ? <StackEditForbidden owner={owner} slug={slug} /> : <StackEditPage owner={owner} slug={slug} />;
}
