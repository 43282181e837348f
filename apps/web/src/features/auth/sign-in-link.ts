import { href } from 'react-router';

/** /login?next=<where the visitor is>, for actions that need a session. Only same-site paths are kept. */
export function signInHref(next: string): string {
  const path = next.startsWith('/') && !next.startsWith('//') ? next : '/';
  return `${href('/login')}?next=${encodeURIComponent(path)}`;
}
