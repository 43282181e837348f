import { data, isRouteErrorResponse, type MetaDescriptor } from 'react-router';
import type { Route } from './+types/moderation';
import { ModerationQueue } from '../features/moderation/moderation-queue.js';
import { reportQueueQuery } from '../features/moderation/moderation-queries.js';
import { ModeratorsOnly } from '../features/moderation/moderators-only.js';
import { ErrorPage, NotFoundPage } from '../features/site/error-pages.js';
import { PRIVATE_PAGE, privatePageData } from '../features/auth/private-page.js';
import { pageMeta } from '../lib/page-meta.js';

function moderatorsOnly(): never {
  throw data({ message: 'The moderation queue is for moderators' }, { status: 403 });
}

const page = privatePageData(async ({ queries, api }, { viewer }) => {
  // The API refuses members anyway (and a suspended moderator); asking first spares the call.
  if (viewer.role !== 'moderator' && viewer.role !== 'admin') moderatorsOnly();
  await queries.ensureInfiniteQueryData(reportQueueQuery(api)).catch((error: unknown) => {
    if ((error as { status?: unknown } | null)?.status === 403) moderatorsOnly();
    throw error;
  });
  return null;
});
export const loader = page.loader;
export const clientLoader = page.clientLoader;
export const handle = PRIVATE_PAGE;

export function meta({ loaderData }: Route.MetaArgs): MetaDescriptor[] {
  // No data when the page is refused: its error page names itself.
  const origin = (loaderData as Route.MetaArgs['loaderData'] | undefined)?.origin;
  if (!origin) return [{ name: 'robots', content: 'noindex' }];
  return [
    ...pageMeta({ title: 'Moderation queue', description: 'Reports waiting for a moderator on Stackyard.', path: '/moderation', origin }),
    { name: 'robots', content: 'noindex' },
  ];
}

export default function ModerationRoute() {
  return <ModerationQueue />;
}

/** A member (or a suspended moderator) is told the queue is for moderators; anything else is the site's error page. */
export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  if (isRouteErrorResponse(error) && error.status === 403) return <ModeratorsOnly />;
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return <ErrorPage status={isRouteErrorResponse(error) ? error.status : 500} error={error} />;
}
