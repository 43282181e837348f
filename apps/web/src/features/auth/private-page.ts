import type { Account } from '@stackyard/domain';
import { redirect } from 'react-router';
import { viewerQuery } from './viewer-queries.js';
import { signInHref } from './sign-in-link.js';
import { pageData, type PageFetcher } from '../../lib/page-data.js';

/** What a private page's data step is told: its URL and who is signed in. */
interface PrivateArgs<Params> {
  params: Params;
  request: Request;
  viewer: Account;
}

/** The route `handle` of a private page: signing out there leads home rather than to a sign-in form. */
export const PRIVATE_PAGE = { private: true } as const;

/**
 * pageData for a page only a signed-in person may see (their feed, settings, the stack editor...). Nobody
 * signed in, or a session that has ended: a redirect to /login?next=<this page>, before anything renders.
 * Otherwise the page renders with the viewer known, on the server as in the browser, so a signed-in
 * visitor never sees a signed-out version of it first.
 */
export function privatePageData<Params, Head>(prefetch: (fetcher: PageFetcher, args: PrivateArgs<Params>) => Promise<Head>) {
  return pageData<Params, Head>(async (fetcher, { params, request, hasSession }) => {
    const here = new URL(request.url);
    const toSignIn = () => redirect(signInHref(`${here.pathname}${here.search}`));
    if (hasSession === false) throw toSignIn();
    const viewer = await fetcher.queries.ensureQueryData(viewerQuery(fetcher.api));
    if (!viewer) throw toSignIn();
    return prefetch(fetcher, { params, request, viewer });
  });
}
