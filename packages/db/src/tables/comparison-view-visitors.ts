import type { ColumnType, Insertable, Selectable } from 'kysely';

/**
 * Who was counted as viewing a comparison on a day (UTC): one row per comparison, day and visitor, so a
 * visitor's views count once per day. `visitor` is a hash of the day, the tools and who is asking (a
 * member's id, or an address and user agent), never the address itself. Rows older than yesterday are
 * deleted by the counter's flush.
 */
export interface ComparisonViewVisitorsTable {
  /** A date column: written as "YYYY-MM-DD" (UTC), read back as a Date by the drivers. */
  day: ColumnType<Date, string, string>;
  tool_a_id: number;
  tool_b_id: number;
  tool_c_id: number | null;
  visitor: string;
}

export type ComparisonViewVisitorRow = Selectable<ComparisonViewVisitorsTable>;
export type NewComparisonViewVisitor = Insertable<ComparisonViewVisitorsTable>;
