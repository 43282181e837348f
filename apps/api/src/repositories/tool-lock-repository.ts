import type { Trx } from '@stackyard/db';

/**
 * Locks a tool for the rest of the transaction and returns its id and follower count. Changes to a tool's
 * counters (follows, new pros and cons) take this lock first, so they apply one at a time, in the order
 * they are acknowledged.
 */
export async function lockToolBySlug(trx: Trx, slug: string): Promise<{ id: number; followers: number } | undefined> {
  return trx
    .selectFrom('tools')
    .select(['id', 'followers_count as followers'])
    .where('slug', '=', slug)
    .forUpdate()
    .executeTakeFirst();
}

