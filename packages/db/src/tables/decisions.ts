import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Counter, Defaulted, DefaultedTimestamp, Id } from './common.js';

/** "Why we chose X over Y": Markdown written by a user, about 1-10 tools, maybe within one of their stacks. */
export interface DecisionsTable {
  id: Id;
  author_id: number;
  stack_id: number | null;
  body: string;
  /** `renderMarkdown(body)`, written with the body (every insert and edit renders it), returned by reads. */
  html: string;
  votes_count: Counter;
  hidden: Defaulted<boolean>;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
}

export type DecisionRow = Selectable<DecisionsTable>;
export type NewDecision = Insertable<DecisionsTable>;
export type DecisionUpdate = Updateable<DecisionsTable>;
