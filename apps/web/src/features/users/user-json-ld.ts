import type { Profile } from '@stackyard/domain';
import { avatarSrc, nameOf } from './user-format.js';

/** What a profile page tells search engines and link previews, small enough to ride in loader data. */
export interface ProfileHead {
  username: string;
  name: string;
  bio: string | null;
  avatar: string | null;
  websiteUrl: string | null;
  createdAt: string;
  followers: number;
  stacks: number;
}

export function profileHead(profile: Profile): ProfileHead {
  return {
    username: profile.user.username,
    name: nameOf(profile.user),
    bio: profile.user.bio,
    avatar: avatarSrc(profile.user.avatarUrl),
    websiteUrl: profile.user.websiteUrl,
    createdAt: profile.user.createdAt,
    followers: profile.user.followers,
    stacks: profile.counts.stacks,
  };
}

export function profileDescription(head: ProfileHead): string {
  if (head.bio?.trim()) return head.bio;
  const stacks = head.stacks === 0 ? '' : ` who shares ${head.stacks} ${head.stacks === 1 ? 'stack' : 'stacks'}`;
  return `${head.name} (@${head.username}) is a member of Stackyard${stacks}.`;
}

/** schema.org ProfilePage whose main entity is the Person. */
export function profileJsonLd(head: ProfileHead, origin: string): Record<string, unknown> {
  const url = new URL(`/users/${head.username}`, origin).href;
  return {
    '@type': 'ProfilePage',
    url,
    dateCreated: head.createdAt,
    mainEntity: {
      '@type': 'Person',
      name: head.name,
      alternateName: head.username,
      identifier: head.username,
      url,
      ...(head.bio ? { description: head.bio } : {}),
      ...(head.avatar ? { image: head.avatar } : {}),
      ...(head.websiteUrl ? { sameAs: [head.websiteUrl] } : {}),
      interactionStatistic: { '@type': 'InteractionCounter', interactionType: 'https://schema.org/FollowAction', userInteractionCount: head.followers },
    },
  };
}
