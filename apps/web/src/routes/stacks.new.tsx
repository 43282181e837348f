import type { MetaDescriptor } from 'react-router';
import type { Route } from './+types/stacks.new';
import { PRIVATE_PAGE, privatePageData } from '../lib/private-page.js';
import { pageMeta } from '../lib/page-meta.js';

const page = privatePageData(async () => null);
export const loader = page.loader;
export const clientLoader = page.clientLoader;
export const handle = PRIVATE_PAGE;

export function meta({ loaderData }: Route.MetaArgs): MetaDescriptor[] {
  return [...pageMeta({ title: 'Share a stack', description: 'Share a stack on Stackyard.', path: '/stacks/new', origin: loaderData.origin }), { name: 'robots', content: 'noindex' }];
}

export default function Page() {
  return <h1>Share a stack</h1>;
}
