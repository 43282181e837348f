import type { Database } from '@stackyard/db';
import type { Kysely } from 'kysely';
import { findContentMark } from '../repositories/content-mark-repository.js';
import type { AnswerCache } from './answer-cache.js';

/**
 * A public answer from `cache` while it is fresh and nothing was shared or moderated since it was looked
 * up (see findContentMark): a new pro or stack shows at once, and what a moderator hides leaves every
 * cached answer at once, in every process, for one tiny read per request. The mark is read before the
 * lookup, so a change that lands during it makes the next request look up again. Edits, deletions, new
 * accounts and counts wait for the few seconds an answer is kept.
 */
export async function keptUntilChanged<T>(db: Kysely<Database>, cache: AnswerCache<T>, key: string, load: () => Promise<T>): Promise<T> {
  return cache.get(key, await findContentMark(db), load);
}
