import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Counter, Defaulted, DefaultedTimestamp, Id } from './common.js';

export interface StacksTable {
  id: Id;
  owner_id: number;
  slug: string;
  name: string;
  description: string;
  website_url: string | null;
  followers_count: Counter;
  tools_count: Counter;
  hidden: Defaulted<boolean>;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
}

export type StackRow = Selectable<StacksTable>;
export type NewStack = Insertable<StacksTable>;
export type StackUpdate = Updateable<StacksTable>;
