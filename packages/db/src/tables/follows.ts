import type { Insertable, Selectable } from 'kysely';
import type { DefaultedTimestamp, Id } from './common.js';

export type FollowTargetType = 'tool' | 'stack' | 'user';

/**
 * What a user follows. Exactly one of tool_id, stack_id and followee_id is set, the one that target_type
 * names, so each target is a real foreign key and a deleted target takes its follows with it.
 */
export interface FollowsTable {
  id: Id;
  user_id: number;
  target_type: FollowTargetType;
  tool_id: number | null;
  stack_id: number | null;
  followee_id: number | null;
  created_at: DefaultedTimestamp;
}

export type FollowRow = Selectable<FollowsTable>;
export type NewFollow = Insertable<FollowsTable>;
