import type { RouteContract } from '@stackyard/contract';
import type { Viewer } from '../auth/viewer.js';

/** How long a cache in front (the reverse proxy) may serve an anonymous read before asking again. */
export const SHARED_CACHE_SECONDS = 15;
/** How much longer it may serve the old answer while it fetches the new one in the background. */
export const STALE_WHILE_REVALIDATE_SECONDS = 60;

/**
 * The caching headers of a successful read. An answer that is the same for everyone (a public endpoint,
 * or a viewer one asked without a session or token) may be kept by a shared cache for a few seconds and
 * served stale while it is refreshed; browsers revalidate every time (max-age=0), with the ETag Express
 * adds, so a vote or follow shows at once. Viewer answers vary with the cookie and the Authorization
 * header, so a cache never hands one person's answer to another; an answer for a signed-in viewer is
 * private. Changes and member-only reads get no caching header (nothing caches them).
 */
export function cacheHeadersOf(contract: RouteContract, status: number, viewer: Viewer | null): Record<string, string> {
  if (contract.method !== 'get' || status !== 200) return {};
  const shared = `public, max-age=0, s-maxage=${SHARED_CACHE_SECONDS}, stale-while-revalidate=${STALE_WHILE_REVALIDATE_SECONDS}`;
  if (contract.access === 'public') return { 'Cache-Control': shared };
  if (contract.access !== 'viewer') return {};
  return { 'Cache-Control': viewer ? 'private, no-cache' : shared, Vary: 'Cookie, Authorization' };
}
