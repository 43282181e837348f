import type { Database } from '@stackyard/db';
import type { Kysely } from 'kysely';
import type { ContentChanges } from '../database/content-changes.js';
import { findContentMark } from '../repositories/content-mark-repository.js';
import type { AnswerCache } from './answer-cache.js';

/** Public answers kept until something is shared or moderated, or for a few seconds at most. */
export interface KeptAnswers<T> {
  get(key: string, load: () => Promise<T>): Promise<T>;
}

/**
 * A public answer from `cache` while it is fresh and nothing was shared or moderated since it was looked
 * up: a new pro or stack shows at once, and what a moderator hides leaves every kept answer at once, in
 * every process. What changed is known from `changes` (PostgreSQL's notice, heard on a connection of its
 * own) when the process listens, else from the content mark, one tiny read per request (see
 * findContentMark). Either is taken before the lookup, so a change that lands during it makes the next
 * request look up again. Edits, deletions, new accounts and counts wait for the few seconds an answer is kept.
 */
export function keptAnswers<T>(db: Kysely<Database>, changes: ContentChanges | null, cache: AnswerCache<T>): KeptAnswers<T> {
  return {
    get: async (key, load) => cache.get(key, changes?.version() ?? (await findContentMark(db)), load),
  };
}
