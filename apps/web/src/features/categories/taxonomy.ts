import type { LayerNode } from '@stackyard/domain';

type CategoryNode = LayerNode['categories'][number];
type FunctionNode = CategoryNode['functions'][number];

export interface FunctionPlace {
  layer: LayerNode;
  category: CategoryNode;
  fn: FunctionNode;
}

export function findLayer(layers: readonly LayerNode[], layerSlug: string): LayerNode | null {
  return layers.find((layer) => layer.slug === layerSlug) ?? null;
}

/** A category only under the layer the URL names: /categories/devops/databases names nothing. */
export function findCategory(layers: readonly LayerNode[], layerSlug: string, categorySlug: string): { layer: LayerNode; category: CategoryNode } | null {
  const layer = findLayer(layers, layerSlug);
  const category = layer?.categories.find((candidate) => candidate.slug === categorySlug);
  return layer && category ? { layer, category } : null;
}

/** Where a function sits: its layer and category (function slugs are unique over the whole taxonomy). */
export function findFunction(layers: readonly LayerNode[], functionSlug: string): FunctionPlace | null {
  for (const layer of layers) {
    for (const category of layer.categories) {
      const fn = category.functions.find((candidate) => candidate.slug === functionSlug);
      if (fn) return { layer, category, fn };
    }
  }
  return null;
}

export interface Crumb {
  name: string;
  /** Root-relative path. */
  path: string;
}

/** Categories › layer › category › function, as far down as given: the breadcrumb of a taxonomy page. */
export function taxonomyTrail(place: { layer?: { slug: string; name: string }; category?: { slug: string; name: string }; fn?: { slug: string; name: string } }): Crumb[] {
  const trail: Crumb[] = [{ name: 'Categories', path: '/categories' }];
  if (place.layer) trail.push({ name: place.layer.name, path: `/categories/${place.layer.slug}` });
  if (place.layer && place.category) trail.push({ name: place.category.name, path: `/categories/${place.layer.slug}/${place.category.slug}` });
  if (place.fn) trail.push({ name: place.fn.name, path: `/functions/${place.fn.slug}` });
  return trail;
}

/** schema.org BreadcrumbList of a trail, with absolute URLs. */
export function breadcrumbJsonLd(trail: readonly Crumb[], origin: string): Record<string, unknown> {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: new URL(crumb.path, origin).href,
    })),
  };
}

/** How many functions the taxonomy holds, for the overview's summary line. */
export function countFunctions(layers: readonly LayerNode[]): number {
  return layers.reduce((sum, layer) => sum + layer.categories.reduce((inner, category) => inner + category.functions.length, 0), 0);
}

/** The other functions of the same category, the busiest first: where a reader goes next. */
export function siblingFunctions(place: FunctionPlace): FunctionNode[] {
  return place.category.functions.filter((fn) => fn.slug !== place.fn.slug).sort((a, b) => b.toolCount - a.toolCount || a.name.localeCompare(b.name));
}

/**
 * What a ranked list says about itself: how many it shows of how many. The total comes from the taxonomy's
 * counts; while more pages remain the shown count can never claim to be all of them.
 */
export function rankedStatus(shown: number, total: number, hasMore: boolean): string {
  if (shown === 0) return 'No tools yet.';
  if (!hasMore) return shown === 1 ? 'The only tool, most used first.' : `All ${shown} tools, most used first.`;
  return `Showing ${shown} of ${Math.max(total, shown + 1)} tools, most used first.`;
}
