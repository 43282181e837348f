import type { Database } from '@stackyard/db';
import { sql, type Kysely } from 'kysely';

/**
 * A mark that changes whenever something is added that public answers show, or what may be shown changes:
 * the newest event's id (a stack shared, tools added to it, a pro or con, a decision) and the newest
 * moderation log entry's id (every hide, restore, suspension and automatic hide writes one in its
 * transaction). Two backward steps of primary keys: about the cost of `select 1`.
 */
export async function findContentMark(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ mark: string }>`
    select coalesce((select id from events order by id desc limit 1), 0) || ':' ||
           coalesce((select id from moderation_log order by id desc limit 1), 0) as mark`.execute(db);
  return rows[0]!.mark;
}
