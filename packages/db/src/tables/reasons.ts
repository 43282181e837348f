import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Counter, Defaulted, DefaultedTimestamp, GeneratedAlways, Id } from './common.js';

export type ReasonKind = 'pro' | 'con';

/** A pro or a con of a tool. */
export interface ReasonsTable {
  id: Id;
  tool_id: number;
  kind: ReasonKind;
  text: string;
  author_id: number | null;
  votes_count: Counter;
  /** Hidden by a moderator (or by reports), until a moderator restores it. */
  hidden: Defaulted<boolean>;
  /**
   * Its author is suspended: set and cleared with the suspension, apart from `hidden`. Kept when a suspended
   * author deletes the account (author_id becomes null), so that what the suspension hid stays hidden.
   */
  author_suspended: Defaulted<boolean>;
  /** Neither hidden nor by a suspended author: what every public read filters on. */
  visible: GeneratedAlways<boolean>;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
}

export type ReasonRow = Selectable<ReasonsTable>;
export type NewReason = Insertable<ReasonsTable>;
export type ReasonUpdate = Updateable<ReasonsTable>;
