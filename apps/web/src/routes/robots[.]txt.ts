import type { Route } from './+types/robots[.]txt';
import { robotsTxt } from '../features/sitemap/robots.js';

export function loader({ context }: Route.LoaderArgs) {
  return new Response(robotsTxt(context.publicOrigin), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=86400' },
  });
}
