import type { Insertable, Selectable } from 'kysely';
import type { CreatedAt } from './common.js';

/** One vote per user per decision: the primary key is (decision_id, user_id). */
export interface DecisionVotesTable {
  decision_id: number;
  user_id: number;
  created_at: CreatedAt;
}

export type DecisionVoteRow = Selectable<DecisionVotesTable>;
export type NewDecisionVote = Insertable<DecisionVotesTable>;
