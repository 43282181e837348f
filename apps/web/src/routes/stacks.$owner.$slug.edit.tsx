import type { MetaDescriptor } from 'react-router';
import type { Route } from './+types/stacks.$owner.$slug.edit';
import { PRIVATE_PAGE, privatePageData } from '../lib/private-page.js';
import { pageMeta } from '../lib/page-meta.js';

const page = privatePageData(async () => null);
export const loader = page.loader;
export const clientLoader = page.clientLoader;
export const handle = PRIVATE_PAGE;

export function meta({ loaderData }: Route.MetaArgs): MetaDescriptor[] {
  return [...pageMeta({ title: 'Edit stack', description: 'Edit stack on Stackyard.', path: '/stacks/:owner/:slug/edit', origin: loaderData.origin }), { name: 'robots', content: 'noindex' }];
}

export default function Page() {
  return <h1>Edit stack</h1>;
}
