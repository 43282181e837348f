import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Counter, Defaulted, DefaultedTimestamp, GeneratedAlways, Id } from './common.js';

/** "Why we chose X over Y": Markdown written by a user, about 1-10 tools, maybe within one of their stacks. */
export interface DecisionsTable {
  id: Id;
  author_id: number;
  stack_id: number | null;
  body: string;
  /** `renderMarkdown(body)`, written with the body (every insert and edit renders it), returned by reads. */
  html: string;
  votes_count: Counter;
  /** Hidden by a moderator (or by reports), until a moderator restores it. */
  hidden: Defaulted<boolean>;
  /** Its author is suspended: set and cleared with the suspension, apart from `hidden`. */
  author_suspended: Defaulted<boolean>;
  /** Neither hidden nor by a suspended author: what every public read filters on. */
  visible: GeneratedAlways<boolean>;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
}

export type DecisionRow = Selectable<DecisionsTable>;
export type NewDecision = Insertable<DecisionsTable>;
export type DecisionUpdate = Updateable<DecisionsTable>;
