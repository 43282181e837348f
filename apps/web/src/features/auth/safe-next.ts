/** A made-up origin to resolve against: whatever resolves elsewhere was never a path on this site. */
const HERE = 'https://stackyard.invalid';

/**
 * Where to go after signing in: `next` when it is a path on this site, else the home page. Anything that
 * a browser would take to another origin is refused, whatever its disguise (`//evil.example`,
 * `/\evil.example`, `https://…`, `javascript:`, tabs or newlines inside `//`), because the URL parser
 * decides and not a prefix test: an open redirect would let a link that looks like ours send people
 * anywhere. The sign-in page itself is refused too, so signing in never lands on it again.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/')) return '/';
  let url: URL;
  try {
    url = new URL(next, HERE);
  } catch {
    return '/';
  }
  if (url.origin !== HERE) return '/';
  if (url.pathname === '/login' || url.pathname.startsWith('/login/')) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
