import type { Route } from './+types/moderation.log';
import { ModerationLog } from '../features/moderation/moderation-log.js';
import { moderationLogQuery } from '../features/moderation/moderation-queries.js';
import { pageData } from '../lib/page-data.js';
import { pageMeta } from '../lib/page-meta.js';

const page = pageData(async ({ queries, api }) => {
  await queries.ensureInfiniteQueryData(moderationLogQuery(api));
  return null;
});
export const loader = page.loader;
export const clientLoader = page.clientLoader;

export function meta({ loaderData }: Route.MetaArgs) {
  return pageMeta({
    title: 'Moderation log',
    description: 'Every moderator action on Stackyard in public: what was hidden or restored, who was suspended, which reports were dismissed, and why.',
    path: '/moderation/log',
    origin: loaderData.origin,
    jsonLd: { '@type': 'CollectionPage', name: 'Moderation log', url: new URL('/moderation/log', loaderData.origin).href },
  });
}

export default function ModerationLogRoute() {
  return <ModerationLog />;
}
