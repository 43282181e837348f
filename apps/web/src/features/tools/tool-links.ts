import type { CategoryPath } from '@stackyard/domain';
import { href } from 'react-router';

export interface Crumb {
  name: string;
  path: string;
}

/** Layer > category > function of a tool, each the page that lists its tools. */
export function categoryCrumbs(path: CategoryPath): Crumb[] {
  return [
    { name: path.layer.name, path: href('/categories/:layer', { layer: path.layer.slug }) },
    { name: path.category.name, path: href('/categories/:layer/:category', { layer: path.layer.slug, category: path.category.slug }) },
    { name: path.function.name, path: href('/functions/:slug', { slug: path.function.slug }) },
  ];
}

/** schema.org's BreadcrumbList of the crumbs, with absolute URLs as search engines want them. */
export function breadcrumbJsonLd(crumbs: Crumb[], origin: string): Record<string, unknown> {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: new URL(crumb.path, origin).href,
    })),
  };
}

/** schema.org's ItemList of tools, in the order shown. */
export function toolItemListJsonLd(name: string, tools: { slug: string; name: string }[], origin: string): Record<string, unknown> {
  return {
    '@type': 'ItemList',
    name,
    itemListElement: tools.map((tool, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: tool.name,
      url: new URL(href('/tools/:slug', { slug: tool.slug }), origin).href,
    })),
  };
}
