import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Defaulted, DefaultedTimestamp, Id, NullableTimestamp } from './common.js';

export const REPORT_SUBJECT_TYPES = ['reason', 'decision', 'stack', 'user'] as const;
export type ReportSubjectType = (typeof REPORT_SUBJECT_TYPES)[number];
export const REPORT_REASONS = ['spam', 'abusive', 'off-topic', 'wrong', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
export type ReportStatus = 'open' | 'upheld' | 'dismissed';

export interface ReportsTable {
  id: Id;
  reporter_id: number;
  subject_type: ReportSubjectType;
  subject_id: number;
  reason: ReportReason;
  note: string | null;
  status: Defaulted<ReportStatus>;
  resolved_by: number | null;
  resolved_at: NullableTimestamp;
  created_at: DefaultedTimestamp;
}

export type ReportRow = Selectable<ReportsTable>;
export type NewReport = Insertable<ReportsTable>;
export type ReportUpdate = Updateable<ReportsTable>;
