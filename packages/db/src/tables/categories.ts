import type { Insertable, Selectable } from 'kysely';
import type { Id } from './common.js';

/** Second level of the taxonomy, e.g. Platform as a Service. */
export interface CategoriesTable {
  id: Id;
  layer_id: number;
  slug: string;
  name: string;
  position: number;
}

export type CategoryRow = Selectable<CategoriesTable>;
export type NewCategory = Insertable<CategoriesTable>;
