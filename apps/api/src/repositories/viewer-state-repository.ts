import type { Database } from '@stackyard/db';
import { sql, type Kysely } from 'kysely';
import { visibleTo, type Reader } from './visibility.js';

export interface ViewerToolStateRow {
  /** 'follow': the viewer follows tool `id`; 'vote': the viewer voted for reason `id`, which they may see. */
  relation: 'follow' | 'vote';
  id: number;
  toolId: number;
}

/**
 * Which of the given tools a person follows and which of their reasons (those `reader`, the same person, may
 * see) the person voted for, in one query whatever the number of votes: both halves are point lookups on the
 * viewer's own rows.
 */
export async function listViewerToolState(
  db: Kysely<Database>,
  userId: number,
  toolIds: number[],
  reader: Reader,
): Promise<ViewerToolStateRow[]> {
  if (toolIds.length === 0) return [];
  const ids = sql.join(toolIds);
  const { rows } = await sql<ViewerToolStateRow>`
    select 'follow' as relation, f.tool_id as id, f.tool_id as "toolId"
    from follows f
    where f.user_id = ${userId} and f.tool_id in (${ids})
    union all
    select 'vote', v.reason_id, r.tool_id
    from reason_votes v join reasons r on r.id = v.reason_id
    where v.user_id = ${userId} and r.tool_id in (${ids}) and ${visibleTo(reader, 'reason', 'r')}`.execute(db);
  return rows;
}
