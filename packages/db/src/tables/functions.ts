import type { Insertable, Selectable } from 'kysely';
import type { Counter, Id } from './common.js';

/** Finest level of the taxonomy, the one a tool belongs to, e.g. Web Servers. */
export interface FunctionsTable {
  id: Id;
  category_id: number;
  slug: string;
  name: string;
  position: number;
  /** How many tools have this function (see counters.ts). */
  tools_count: Counter;
}

export type FunctionRow = Selectable<FunctionsTable>;
export type NewFunction = Insertable<FunctionsTable>;
