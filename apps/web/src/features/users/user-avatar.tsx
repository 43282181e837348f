import type { UserLink } from '@stackyard/domain';
import { useState } from 'react';
import { avatarSrc, initialsOf, nameOf } from './user-format.js';
import './user-avatar.css';

interface UserAvatarProps {
  user: UserLink;
  size?: 'sm' | 'md' | 'lg';
}

/**
 * A person's picture, or a monogram of their name when they have none or it fails to load. Their name is
 * always written beside it, so the image is decorative (empty alt) and the monogram hidden from readers.
 */
export function UserAvatar({ user, size = 'md' }: UserAvatarProps) {
  const [failed, setFailed] = useState(false);
  const src = avatarSrc(user.avatarUrl);
  const className = `user-avatar user-avatar--${size}`;
  if (src && !failed) {
    return <img className={className} src={src} alt="" onError={() => setFailed(true)} />;
  }
  return (
    <span className={`${className} user-avatar--monogram`} aria-hidden="true">
      {initialsOf(nameOf(user))}
    </span>
  );
}
