import type { Database } from '@stackyard/db';
import type { Profile } from '@stackyard/domain';
import type { Kysely } from 'kysely';
import { isModerator, readerOf, type Viewer } from '../auth/viewer.js';
import { AppError } from '../errors/app-error.js';
import { listDecisionsByAuthor } from '../repositories/decision-repository.js';
import { isFollowing, listFollowedBy } from '../repositories/follow-repository.js';
import { listStacksOfOwner } from '../repositories/stack-repository.js';
import { findUserByUsername } from '../repositories/user-repository.js';
import { toStackSummary } from './catalogue-mapping.js';
import { presentDecisions } from './decision-service.js';

const PROFILE_LIST = 50;

/**
 * A person's public profile: who they are, their stacks and decisions, and what they follow. A suspended
 * person's profile is for them and the moderators only, marked `suspended`; so are their stacks and
 * decisions, and the ones a moderator hid (marked `hidden`).
 */
export async function getProfile(db: Kysely<Database>, username: string, viewer: Viewer | null): Promise<Profile> {
  const user = await findUserByUsername(db, username);
  if (!user || (user.suspended_at !== null && !isModerator(viewer) && viewer?.id !== user.id)) {
    throw AppError.notFound(`User "${username}"`);
  }
  const reader = readerOf(viewer);
  const [stacks, decisionRows, following, viewerFollows] = await Promise.all([
    listStacksOfOwner(db, user.id, PROFILE_LIST, reader),
    listDecisionsByAuthor(db, user.id, 20, reader),
    listFollowedBy(db, user.id, PROFILE_LIST),
    viewer ? isFollowing(db, viewer.id, { type: 'user', id: user.id }) : Promise.resolve(false),
  ]);
  return {
    user: {
      username: user.username,
      displayName: user.display_name,
      avatarUrl: user.avatar_url,
      bio: user.bio,
      websiteUrl: user.website_url,
      createdAt: user.created_at.toISOString(),
      followers: user.followers_count,
      suspended: user.suspended_at !== null,
    },
    stacks: stacks.map(toStackSummary),
    decisions: await presentDecisions(db, decisionRows, viewer),
    following,
    viewer: viewer ? { following: viewerFollows } : null,
  };
}
