import type { MetaDescriptor } from 'react-router';
import type { Route } from './+types/settings';
import { PRIVATE_PAGE, privatePageData } from '../lib/private-page.js';
import { pageMeta } from '../lib/page-meta.js';

const page = privatePageData(async () => null);
export const loader = page.loader;
export const clientLoader = page.clientLoader;
export const handle = PRIVATE_PAGE;

export function meta({ loaderData }: Route.MetaArgs): MetaDescriptor[] {
  return [...pageMeta({ title: 'Settings', description: 'Settings on Stackyard.', path: '/settings', origin: loaderData.origin }), { name: 'robots', content: 'noindex' }];
}

export default function Page() {
  return <h1>Settings</h1>;
}
