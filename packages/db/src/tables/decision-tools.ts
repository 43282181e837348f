import type { Insertable, Selectable } from 'kysely';

/** The tools a decision is about (1 to 10). */
export interface DecisionToolsTable {
  decision_id: number;
  tool_id: number;
}

export type DecisionToolRow = Selectable<DecisionToolsTable>;
export type NewDecisionTool = Insertable<DecisionToolsTable>;
