import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';
import type { Defaulted, DefaultedTimestamp, NullableTimestamp } from './common.js';

export type StackToolSource = 'manual' | 'detected';

/** One place detection saw a tool, as stack_tools.evidence keeps it. */
export interface StackToolEvidenceRow {
  file: string;
  line: number;
  kind: string;
  package: string;
  version?: string;
  snippet: string;
}

export interface StackToolsTable {
  stack_id: number;
  tool_id: number;
  note: string | null;
  /** The owner's order: a stack's page lists each layer's tools by it (0 for rows from before it was kept). */
  position: Defaulted<number>;
  /** How the tool came into the stack: picked by hand, or detected from a file (source_path). */
  source: Defaulted<StackToolSource>;
  source_path: string | null;
  /** The line of source_path detection saw it at. */
  source_line: number | null;
  /** Where detection saw it: a few places, each {file, line, kind, package, version?, snippet}; written as JSON text. */
  evidence: ColumnType<StackToolEvidenceRow[] | null, string | null, string | null>;
  detected_at: NullableTimestamp;
  created_at: DefaultedTimestamp;
}

export type StackToolRow = Selectable<StackToolsTable>;
export type NewStackTool = Insertable<StackToolsTable>;
export type StackToolUpdate = Updateable<StackToolsTable>;
