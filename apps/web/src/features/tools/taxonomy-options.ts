import type { LayerNode } from '@stackyard/domain';

export interface FunctionOption {
  slug: string;
  name: string;
  toolCount: number;
}

/** One <optgroup> of the function filter: the functions of one category. */
export interface FunctionOptionGroup {
  label: string;
  options: FunctionOption[];
}

/**
 * The function filter's choices: the chosen layer's categories, or every layer's when none is chosen
 * (then prefixed with the layer so that groups with the same category name stay distinguishable).
 * Empty categories are left out, since choosing them could only ever show "no tools".
 */
export function functionGroups(layers: LayerNode[], layerSlug: string | undefined): FunctionOptionGroup[] {
  const chosen = layerSlug ? layers.filter((layer) => layer.slug === layerSlug) : layers;
  return chosen.flatMap((layer) =>
    layer.categories
      .filter((category) => category.functions.length > 0)
      .map((category) => ({
        label: layerSlug ? category.name : `${layer.name} › ${category.name}`,
        options: category.functions.map(({ slug, name, toolCount }) => ({ slug, name, toolCount })),
      })),
  );
}

/** Whether a function sits under a layer, so changing the layer can drop a function it hides. */
export function layerHasFunction(layers: LayerNode[], layerSlug: string, functionSlug: string): boolean {
  const layer = layers.find((candidate) => candidate.slug === layerSlug);
  return Boolean(layer?.categories.some((category) => category.functions.some((fn) => fn.slug === functionSlug)));
}
