import type { Insertable, Selectable } from 'kysely';
import type { Counter, DefaultedTimestamp, Id } from './common.js';

/** Views of one comparison of 2-3 tools, ids ascending (tool_a_id < tool_b_id < tool_c_id). */
export interface ComparisonViewsTable {
  id: Id;
  tool_a_id: number;
  tool_b_id: number;
  /** Null for a comparison of two tools. */
  tool_c_id: number | null;
  views_count: Counter;
  last_viewed_at: DefaultedTimestamp;
}

export type ComparisonViewRow = Selectable<ComparisonViewsTable>;
export type NewComparisonView = Insertable<ComparisonViewsTable>;
