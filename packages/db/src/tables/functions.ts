import type { Insertable, Selectable } from 'kysely';
import type { Id } from './common.js';

/** Finest level of the taxonomy, the one a tool belongs to, e.g. Web Servers. */
export interface FunctionsTable {
  id: Id;
  category_id: number;
  slug: string;
  name: string;
  position: number;
}

export type FunctionRow = Selectable<FunctionsTable>;
export type NewFunction = Insertable<FunctionsTable>;
