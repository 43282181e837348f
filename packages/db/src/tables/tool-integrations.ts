import type { Insertable, Selectable } from 'kysely';

/** One row per pair, stored with tool_id < other_tool_id. */
export interface ToolIntegrationsTable {
  tool_id: number;
  other_tool_id: number;
}

export type ToolIntegrationRow = Selectable<ToolIntegrationsTable>;
export type NewToolIntegration = Insertable<ToolIntegrationsTable>;
