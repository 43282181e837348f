import type { MetaDescriptor } from 'react-router';
import type { Route } from './+types/feed';
import { PRIVATE_PAGE, privatePageData } from '../lib/private-page.js';
import { pageMeta } from '../lib/page-meta.js';

const page = privatePageData(async () => null);
export const loader = page.loader;
export const clientLoader = page.clientLoader;
export const handle = PRIVATE_PAGE;

export function meta({ loaderData }: Route.MetaArgs): MetaDescriptor[] {
  return [...pageMeta({ title: 'Your feed', description: 'Your feed on Stackyard.', path: '/feed', origin: loaderData.origin }), { name: 'robots', content: 'noindex' }];
}

export default function Page() {
  return <h1>Your feed</h1>;
}
