import type { Database } from '@stackyard/db';
import type { FollowResult } from '@stackyard/domain';
import type { Kysely } from 'kysely';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../errors/app-error.js';
import { deleteToolFollowedEvents, insertEvent } from '../repositories/event-repository.js';
import { addToToolFollowers, deleteToolFollow, insertToolFollow } from '../repositories/follow-repository.js';
import { lockToolBySlug } from '../repositories/tool-lock-repository.js';

/**
 * Follows (true) or unfollows (false) a tool. Idempotent; the follower count and the feed event change in
 * the same transaction as the follow row, and only when it really changed.
 */
export async function setToolFollow(db: Kysely<Database>, viewer: Viewer, slug: string, follow: boolean, now: Date): Promise<FollowResult> {
  return db.transaction().execute(async (trx) => {
    const tool = await lockToolBySlug(trx, slug);
    if (!tool) throw AppError.notFound(`Tool "${slug}"`);
    if (follow) {
      if (!(await insertToolFollow(trx, viewer.id, tool.id, now))) return { following: true, followers: tool.followers };
      await insertEvent(trx, { actorId: viewer.id, verb: 'tool.followed', now, toolId: tool.id, toolIds: [tool.id] });
      return { following: true, followers: await addToToolFollowers(trx, tool.id, 1) };
    }
    if (!(await deleteToolFollow(trx, viewer.id, tool.id))) return { following: false, followers: tool.followers };
    await deleteToolFollowedEvents(trx, viewer.id, tool.id);
    return { following: false, followers: await addToToolFollowers(trx, tool.id, -1) };
  });
}
