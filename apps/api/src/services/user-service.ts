import type { Database } from '@stackyard/db';
import { PROFILE_DECISIONS, PROFILE_LIST, type PopularUser, type Profile } from '@stackyard/domain';
import type { Kysely } from 'kysely';
import { isModerator, readerOf, type Viewer } from '../auth/viewer.js';
import { AppError } from '../errors/app-error.js';
import { listDecisionsByAuthor } from '../repositories/decision-repository.js';
import { isFollowing, listFollowedBy, listFollowedUserIds } from '../repositories/follow-repository.js';
import { listStacksOfOwner } from '../repositories/stack-repository.js';
import { countProfileContents, findUserByUsername, listPopularUsers } from '../repositories/user-repository.js';
import { toStackSummary } from './catalogue-mapping.js';
import { presentDecisions } from './decision-service.js';

/**
 * A person's public profile: who they are, their stacks and decisions, and what they follow, each list
 * bounded and counted in full. A suspended person's profile is for them and the moderators only, marked
 * `suspended`; so are their stacks and decisions, and the ones a moderator hid (marked `hidden`).
 */
export async function getProfile(db: Kysely<Database>, username: string, viewer: Viewer | null): Promise<Profile> {
  const user = await findUserByUsername(db, username);
  if (!user || (user.suspended_at !== null && !isModerator(viewer) && viewer?.id !== user.id)) {
    throw AppError.notFound(`User "${username}"`);
  }
  const reader = readerOf(viewer);
  const [stacks, decisionRows, following, counts, viewerFollows] = await Promise.all([
    listStacksOfOwner(db, user.id, PROFILE_LIST, reader),
    listDecisionsByAuthor(db, user.id, PROFILE_DECISIONS, reader),
    listFollowedBy(db, user.id, PROFILE_LIST),
    countProfileContents(db, user.id, reader),
    viewer ? isFollowing(db, viewer.id, { type: 'user', id: user.id }) : Promise.resolve(false),
  ]);
  return {
    user: {
      id: user.id,
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
    counts: {
      stacks: counts.stacks,
      decisions: counts.decisions,
      following: { tools: counts.followedTools, stacks: counts.followedStacks, users: counts.followedUsers },
    },
    viewer: viewer ? { following: viewerFollows } : null,
  };
}

/**
 * Whom to follow first: the most followed people, then those with the most stacks, never the viewer
 * (nobody follows themselves) nor anyone suspended, each with whether the viewer already follows them.
 */
export async function getPopularUsers(db: Kysely<Database>, limit: number, viewer: Viewer | null): Promise<PopularUser[]> {
  const rows = await listPopularUsers(db, limit, viewer?.id ?? null);
  const followed = viewer ? await listFollowedUserIds(db, viewer.id, rows.map((row) => row.id)) : null;
  return rows.map(({ id, ...user }) => ({ ...user, viewerFollowing: followed ? followed.has(id) : null }));
}
