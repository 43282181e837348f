import type { Selectable } from 'kysely';

/**
 * How many of today's stacks added a tool in a month (UTC; `month` is its first day); kept by triggers on
 * stack_tools (see the tool_adoption_months migration), never written by the application.
 */
export interface ToolAdoptionMonthsTable {
  tool_id: number;
  month: Date;
  stacks_added: number;
}

export type ToolAdoptionMonthRow = Selectable<ToolAdoptionMonthsTable>;
