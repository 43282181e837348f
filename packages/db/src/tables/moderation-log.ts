import type { Insertable, Selectable } from 'kysely';
import type { CreatedAt, Id } from './common.js';
import type { ReportSubjectType } from './reports.js';

export const MODERATION_ACTIONS = ['hide', 'restore', 'suspend', 'unsuspend', 'auto_hide', 'dismiss'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** Public record of every moderator action (and of automatic hiding after reports). */
export interface ModerationLogTable {
  id: Id;
  moderator_id: number | null;
  action: ModerationAction;
  subject_type: ReportSubjectType;
  subject_id: number;
  note: string | null;
  created_at: CreatedAt;
}

export type ModerationLogRow = Selectable<ModerationLogTable>;
export type NewModerationLogEntry = Insertable<ModerationLogTable>;
