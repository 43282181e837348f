import type { MetaDescriptor } from 'react-router';
import type { Route } from './+types/stacks.new';
import { StackEditorPage } from '../features/stacks/stack-editor-page.js';
import { categoriesQuery } from '../features/tools/tool-queries.js';
import { PRIVATE_PAGE, privatePageData } from '../features/auth/private-page.js';
import { pageMeta } from '../lib/page-meta.js';

// The taxonomy says which layer each tool found by the search belongs to.
const page = privatePageData(async ({ queries, api }) => {
  await queries.ensureQueryData(categoriesQuery(api));
  return null;
});
export const loader = page.loader;
export const clientLoader = page.clientLoader;
export const handle = PRIVATE_PAGE;

export function meta({ loaderData }: Route.MetaArgs): MetaDescriptor[] {
  return [...pageMeta({ title: 'Share a stack', description: 'Share a stack on Stackyard.', path: '/stacks/new', origin: loaderData.origin }), { name: 'robots', content: 'noindex' }];
}

export default function Page() {
  return <StackEditorPage target={null} />;
}
