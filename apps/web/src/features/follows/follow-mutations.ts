import type { Client } from '@stackyard/contract/browser';
import type { FollowResult } from '@stackyard/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../lib/api.js';
import { usePending } from '../../lib/use-pending.js';

/** What can be followed, named the way its URL names it. */
export type FollowTarget = { kind: 'tool'; slug: string } | { kind: 'stack'; owner: string; slug: string } | { kind: 'user'; username: string };

function setFollow(api: Client, target: FollowTarget, following: boolean): Promise<FollowResult> {
  switch (target.kind) {
    case 'tool':
      return following ? api.tools.follow({ params: { slug: target.slug } }) : api.tools.unfollow({ params: { slug: target.slug } });
    case 'stack': {
      const params = { owner: target.owner, slug: target.slug };
      return following ? api.stacks.follow({ params }) : api.stacks.unfollow({ params });
    }
    case 'user':
      return following ? api.users.follow({ params: { username: target.username } }) : api.users.unfollow({ params: { username: target.username } });
  }
}

/** The query keys whose answers show this target's follower count or the viewer's follow. */
function keysOf(target: FollowTarget): readonly (readonly string[])[] {
  switch (target.kind) {
    case 'tool':
      return [['tools', 'detail', target.slug], ['compare']];
    case 'stack':
      return [['stacks', 'detail', target.owner, target.slug]];
    case 'user':
      return [['users', 'detail', target.username]];
  }
}

/** Follows or stops following (both idempotent), then refreshes every answer that shows it, refused or not. */
export function useFollow(target: FollowTarget) {
  const api = useApi();
  const queryClient = useQueryClient();
  return usePending(async (following: boolean) => {
    try {
      return await setFollow(api, target, following);
    } finally {
      // What the viewer follows is what their feed shows (features/feed/feed-queries.ts), so it refreshes too.
      await Promise.all([...keysOf(target), ['feed', 'followed']].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    }
  });
}
