import type { Insertable, Selectable } from 'kysely';
import type { Id } from './common.js';

/** Top level of the taxonomy: Application & Data, Utilities, DevOps, Business Tools. */
export interface LayersTable {
  id: Id;
  slug: string;
  name: string;
  position: number;
}

export type LayerRow = Selectable<LayersTable>;
export type NewLayer = Insertable<LayersTable>;
