import type { Database, Trx } from '@stackyard/db';
import type { FollowResult } from '@stackyard/domain';
import type { Kysely } from 'kysely';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../errors/app-error.js';
import { deleteToolFollowedEvents, insertEvent } from '../repositories/event-repository.js';
import { addToFollowers, deleteFollow, insertFollow, lockUserByUsername, type FollowTarget } from '../repositories/follow-repository.js';
import { findStackByOwnerAndSlug, lockStack } from '../repositories/stack-repository.js';
import { lockToolBySlug } from '../repositories/tool-lock-repository.js';
import { ANYONE } from '../repositories/visibility.js';

/**
 * Follows or unfollows a locked target. Idempotent: the follower count changes in the same transaction as
 * the follow row, and only when it really changed; `onChange` writes what else goes with it (feed events).
 */
async function setFollow(
  trx: Trx,
  viewer: Viewer,
  target: FollowTarget & { followers: number },
  follow: boolean,
  now: Date,
  onChange?: (followed: boolean) => Promise<void>,
): Promise<FollowResult> {
  const changed = follow ? await insertFollow(trx, viewer.id, target, now) : await deleteFollow(trx, viewer.id, target);
  if (!changed) return { following: follow, followers: target.followers };
  await onChange?.(follow);
  return { following: follow, followers: await addToFollowers(trx, target, follow ? 1 : -1) };
}

/** A tool: following it is public activity, so it writes (or takes back) a feed event. */
export async function setToolFollow(db: Kysely<Database>, viewer: Viewer, slug: string, follow: boolean, now: Date): Promise<FollowResult> {
  return db.transaction().execute(async (trx) => {
    const tool = await lockToolBySlug(trx, slug);
    if (!tool) throw AppError.notFound(`Tool "${slug}"`);
    return setFollow(trx, viewer, { type: 'tool', ...tool }, follow, now, async (followed) => {
      if (followed) await insertEvent(trx, { actorId: viewer.id, verb: 'tool.followed', now, toolId: tool.id, toolIds: [tool.id] });
      else await deleteToolFollowedEvents(trx, viewer.id, tool.id);
    });
  });
}

export async function setStackFollow(
  db: Kysely<Database>,
  viewer: Viewer,
  owner: string,
  slug: string,
  follow: boolean,
  now: Date,
): Promise<FollowResult> {
  return db.transaction().execute(async (trx) => {
    const found = await findStackByOwnerAndSlug(trx, owner, slug, ANYONE);
    const stack = found ? await lockStack(trx, found.id) : undefined;
    if (!stack) throw AppError.notFound(`Stack "${owner}/${slug}"`);
    return setFollow(trx, viewer, { type: 'stack', ...stack }, follow, now);
  });
}

export async function setUserFollow(db: Kysely<Database>, viewer: Viewer, username: string, follow: boolean, now: Date): Promise<FollowResult> {
  return db.transaction().execute(async (trx) => {
    const user = await lockUserByUsername(trx, username);
    if (!user) throw AppError.notFound(`User "${username}"`);
    if (user.id === viewer.id) throw new AppError('validation_failed', 'You cannot follow yourself');
    return setFollow(trx, viewer, { type: 'user', ...user }, follow, now);
  });
}
