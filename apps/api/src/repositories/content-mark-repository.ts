import type { Database } from '@stackyard/db';
import { sql, type Kysely } from 'kysely';

/** The mark's part for a table without rows. */
const NONE = 0;

/**
 * A mark that changes whenever something is added that public answers show, or what may be shown changes:
 * the newest event's id (a stack shared, tools added to it, a pro or con, a decision) and the newest
 * moderation log entry's id (every hide, restore, suspension and automatic hide writes one in its
 * transaction). Two backward steps of primary keys: about the cost of `select 1`. The 0 for none is a
 * parameter so that the statement is prepared and planned once per connection (prepared-statements.ts
 * names statements with parameters only): it runs on every request to a kept answer.
 */
export async function findContentMark(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ mark: string }>`
    select coalesce((select id from events order by id desc limit 1), ${NONE}) || ':' ||
           coalesce((select id from moderation_log order by id desc limit 1), ${NONE}) as mark`.execute(db);
  return rows[0]!.mark;
}
