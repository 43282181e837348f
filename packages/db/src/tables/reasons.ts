import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Counter, Defaulted, DefaultedTimestamp, Id } from './common.js';

export type ReasonKind = 'pro' | 'con';

/** A pro or a con of a tool. */
export interface ReasonsTable {
  id: Id;
  tool_id: number;
  kind: ReasonKind;
  text: string;
  author_id: number | null;
  votes_count: Counter;
  hidden: Defaulted<boolean>;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
}

export type ReasonRow = Selectable<ReasonsTable>;
export type NewReason = Insertable<ReasonsTable>;
export type ReasonUpdate = Updateable<ReasonsTable>;
