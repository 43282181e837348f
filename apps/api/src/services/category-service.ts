import type { Database } from '@stackyard/db';
import type { LayerNode } from '@stackyard/domain';
import type { Kysely } from 'kysely';
import { listFunctionsWithToolCounts } from '../repositories/category-repository.js';

/** The taxonomy as a tree, each level with the number of tools below it. */
export async function getCategoryTree(db: Kysely<Database>): Promise<LayerNode[]> {
  const rows = await listFunctionsWithToolCounts(db);
  const layers: LayerNode[] = [];
  for (const row of rows) {
    let layer = layers.at(-1);
    if (layer?.slug !== row.layerSlug) {
      layer = { slug: row.layerSlug, name: row.layerName, toolCount: 0, categories: [] };
      layers.push(layer);
    }
    let category = layer.categories.at(-1);
    if (category?.slug !== row.categorySlug) {
      category = { slug: row.categorySlug, name: row.categoryName, toolCount: 0, functions: [] };
      layer.categories.push(category);
    }
    category.functions.push({ slug: row.functionSlug, name: row.functionName, toolCount: row.toolCount });
    category.toolCount += row.toolCount;
    layer.toolCount += row.toolCount;
  }
  return layers;
}
