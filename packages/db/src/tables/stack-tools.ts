import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Defaulted, DefaultedTimestamp, NullableTimestamp } from './common.js';

export type StackToolSource = 'manual' | 'detected';

export interface StackToolsTable {
  stack_id: number;
  tool_id: number;
  note: string | null;
  /** The owner's order: a stack's page lists each layer's tools by it (0 for rows from before it was kept). */
  position: Defaulted<number>;
  /** How the tool came into the stack: picked by hand, or detected from a file (source_path). */
  source: Defaulted<StackToolSource>;
  source_path: string | null;
  detected_at: NullableTimestamp;
  created_at: DefaultedTimestamp;
}

export type StackToolRow = Selectable<StackToolsTable>;
export type NewStackTool = Insertable<StackToolsTable>;
export type StackToolUpdate = Updateable<StackToolsTable>;
