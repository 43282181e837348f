import type { CategoryPath } from '@stackyard/domain';
import { href } from 'react-router';

export interface Crumb {
  name: string;
  path: string;
}

/** A tool's place in the taxonomy as links: layer › category › function. */
export function categoryCrumbs(path: CategoryPath): Crumb[] {
  return [
    { name: path.layer.name, path: href('/categories/:layer', { layer: path.layer.slug }) },
    { name: path.category.name, path: href('/categories/:layer/:category', { layer: path.layer.slug, category: path.category.slug }) },
    { name: path.function.name, path: href('/functions/:slug', { slug: path.function.slug }) },
  ];
}

/**
 * The part of the taxonomy every compared tool shares, from the top: all three levels for two web servers,
 * only the layer for a web server and a database, nothing for tools of different layers.
 */
export function sharedCrumbs(paths: readonly CategoryPath[]): Crumb[] {
  const [first, ...others] = paths.map(categoryCrumbs);
  if (!first) return [];
  const shared: Crumb[] = [];
  for (const [level, crumb] of first.entries()) {
    if (!others.every((crumbs) => crumbs[level]?.path === crumb.path)) break;
    shared.push(crumb);
  }
  return shared;
}
