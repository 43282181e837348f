import type { Insertable, Selectable } from 'kysely';
import type { CreatedAt } from './common.js';

/** One vote per user per reason: the primary key is (reason_id, user_id). */
export interface ReasonVotesTable {
  reason_id: number;
  user_id: number;
  created_at: CreatedAt;
}

export type ReasonVoteRow = Selectable<ReasonVotesTable>;
export type NewReasonVote = Insertable<ReasonVotesTable>;
