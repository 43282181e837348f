import type { MetaDescriptor } from 'react-router';
import type { Route } from './+types/settings';
import { SettingsPage } from '../features/settings/settings-page.js';
import { sessionsQuery, tokensQuery } from '../features/settings/settings-queries.js';
import { PRIVATE_PAGE, privatePageData } from '../features/auth/private-page.js';
import { pageMeta } from '../lib/page-meta.js';

// The account comes with the viewer; its sessions and tokens are read before the page renders, so every
// section is complete on the first paint.
const page = privatePageData(async ({ queries, api }) => {
  await Promise.all([queries.ensureQueryData(sessionsQuery(api)), queries.ensureQueryData(tokensQuery(api))]);
  return null;
});
export const loader = page.loader;
export const clientLoader = page.clientLoader;
export const handle = PRIVATE_PAGE;

export function meta({ loaderData }: Route.MetaArgs): MetaDescriptor[] {
  return [
    ...pageMeta({ title: 'Settings', description: 'Your Stackyard profile, password, sessions and API tokens.', path: '/settings', origin: loaderData.origin }),
    { name: 'robots', content: 'noindex' },
  ];
}

export default function SettingsRoute() {
  return <SettingsPage />;
}
