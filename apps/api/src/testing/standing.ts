import type { Database } from '@stackyard/db';
import type { Kysely } from 'kysely';
import { buildDecision } from './factories.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Makes people established members, whose reports count toward hiding content automatically: each account
 * `ageDays` old (a year unless said otherwise) with a contribution of its own, a decision, posted through
 * the decision service so counters and the feed stay what the API would have made them.
 */
export async function establishMembers(db: Kysely<Database>, userIds: readonly number[], { ageDays = 365 }: { ageDays?: number } = {}): Promise<void> {
  if (userIds.length === 0) return;
  const users = await db.selectFrom('users').selectAll().where('id', 'in', [...userIds]).orderBy('id').execute();
  for (const user of users) await buildDecision(db, user);
  await db
    .updateTable('users')
    .set({ created_at: new Date(Date.now() - ageDays * DAY_MS) })
    .where('id', 'in', [...userIds])
    .execute();
}
