import type { UserRole } from '@stackyard/domain';
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Counter, Defaulted, DefaultedTimestamp, GeneratedAlways, Id, NullableTimestamp } from './common.js';

export interface UsersTable {
  id: Id;
  username: string;
  email: string;
  display_name: string | null;
  /** search_text() of the username, of the display name, and of both joined by a space, kept by PostgreSQL for search. */
  search_username: GeneratedAlways<string>;
  search_display_name: GeneratedAlways<string | null>;
  search_words: GeneratedAlways<string>;
  bio: string | null;
  avatar_url: string | null;
  website_url: string | null;
  role: Defaulted<UserRole>;
  password_hash: string | null;
  suspended_at: NullableTimestamp;
  followers_count: Counter;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
