import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Counter, Defaulted, DefaultedTimestamp, GeneratedAlways, Id } from './common.js';

export interface StacksTable {
  id: Id;
  owner_id: number;
  slug: string;
  name: string;
  /** search_text(name), kept by PostgreSQL: what search compares and indexes. */
  search_name: GeneratedAlways<string>;
  description: string;
  website_url: string | null;
  followers_count: Counter;
  tools_count: Counter;
  /** Its tools' ids, sorted, kept by triggers on stack_tools (see the stack_tool_ids migration); never written by the application. */
  tool_ids: GeneratedAlways<number[]>;
  /** Hidden by a moderator (or by reports), until a moderator restores it. */
  hidden: Defaulted<boolean>;
  /** Its owner is suspended: set and cleared with the suspension, apart from `hidden`. */
  author_suspended: Defaulted<boolean>;
  /** Neither hidden nor by a suspended owner: what every public read filters on. */
  visible: GeneratedAlways<boolean>;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
}

export type StackRow = Selectable<StacksTable>;
export type NewStack = Insertable<StacksTable>;
export type StackUpdate = Updateable<StacksTable>;
