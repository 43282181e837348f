import { useRouteLoaderData } from 'react-router';
import type { loader } from '../../root.js';

/** What the server says about itself on every page (from the root's loader). */
export function useSiteSettings(): { githubSignIn: boolean; requestId: string | undefined } {
  const root = useRouteLoaderData<typeof loader>('root');
  return { githubSignIn: root?.githubSignIn ?? false, requestId: root?.requestId };
}
