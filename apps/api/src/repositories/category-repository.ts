import type { Kysely } from 'kysely';
import type { Database } from '@stackyard/db';

export interface FunctionWithCountRow {
  layerSlug: string;
  layerName: string;
  categorySlug: string;
  categoryName: string;
  functionSlug: string;
  functionName: string;
  toolCount: number;
}

/** Every function with its category, layer and number of tools (a cached counter), in taxonomy order: one query. */
export async function listFunctionsWithToolCounts(db: Kysely<Database>): Promise<FunctionWithCountRow[]> {
  return db
    .selectFrom('functions as f')
    .innerJoin('categories as c', 'c.id', 'f.category_id')
    .innerJoin('layers as l', 'l.id', 'c.layer_id')
    .select([
      'l.slug as layerSlug',
      'l.name as layerName',
      'c.slug as categorySlug',
      'c.name as categoryName',
      'f.slug as functionSlug',
      'f.name as functionName',
      'f.tools_count as toolCount',
    ])
    .orderBy('l.position')
    .orderBy('c.position')
    .orderBy('f.position')
    .execute();
}
