import type { Selectable } from 'kysely';

/**
 * How many stacks use both tools; both directions are stored, and the rows are kept by triggers on
 * stack_tools (see the tool_pairs migration), never written by the application.
 */
export interface ToolPairsTable {
  tool_id: number;
  other_tool_id: number;
  stacks_count: number;
}

export type ToolPairRow = Selectable<ToolPairsTable>;
