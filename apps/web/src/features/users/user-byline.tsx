import type { UserLink } from '@stackyard/domain';
import { href, Link } from 'react-router';
import { UserAvatar } from './user-avatar.js';
import { nameOf } from './user-format.js';

/** A person's avatar and name, linking to their profile: who wrote or owns something. */
export function UserByline({ user, size = 'sm' }: { user: UserLink; size?: 'sm' | 'md' }) {
  return (
    <Link className="user-byline" to={href('/users/:username', { username: user.username })}>
      <UserAvatar user={user} size={size} />
      <span className="user-byline__name">{nameOf(user)}</span>
    </Link>
  );
}
