import { index, route, type RouteConfig } from '@react-router/dev/routes';

// One module per URL; the file name spells the URL ($ marks a parameter). Each module holds its loader,
// clientLoader, meta and page component, and renders parts from src/features/<area>/.
export default [
  index('routes/home.tsx'),
  route('tools', 'routes/tools.tsx'),
  route('tools/:slug', 'routes/tools.$slug.tsx'),
  route('tools/:slug/alternatives', 'routes/tools.$slug.alternatives.tsx'),
  route('compare/:slugs', 'routes/compare.$slugs.tsx'),
  route('stacks/:owner/:slug', 'routes/stacks.$owner.$slug.tsx'),
  route('categories', 'routes/categories.tsx'),
  route('categories/:layer', 'routes/categories.$layer.tsx'),
  route('categories/:layer/:category', 'routes/categories.$layer.$category.tsx'),
  route('functions/:slug', 'routes/functions.$slug.tsx'),
  route('users/:username', 'routes/users.$username.tsx'),
  route('decisions/:id', 'routes/decisions.$id.tsx'),
  route('search', 'routes/search.tsx'),
  route('moderation/log', 'routes/moderation.log.tsx'),
  route('login', 'routes/login.tsx'),
  route('robots.txt', 'routes/robots[.]txt.ts'),
  route('sitemap.xml', 'routes/sitemap[.]xml.ts'),
  route('sitemaps/:part', 'routes/sitemaps.$part.ts'),
  route('*', 'routes/$.tsx'),
] satisfies RouteConfig;
