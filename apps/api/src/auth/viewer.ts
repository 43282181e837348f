import type { UserRole } from '@stackyard/domain';
import type { Response } from 'express';
import type { Reader } from '../repositories/visibility.js';

/** The signed-in person making a request, as the authentication middleware found them. */
export interface Viewer {
  id: number;
  username: string;
  role: UserRole;
  /** How the request was authenticated: a session cookie, or an API token in `Authorization: Bearer`. */
  via: 'session' | 'token';
  /**
   * Suspended by a moderator: reads, signs out and looks after their own account (password, sessions, tokens,
   * deleting it), changes nothing else, and has no moderator or admin powers (contracts' `allowSuspended`).
   */
  suspended: boolean;
}

/** The viewer of this request, or null when nobody is signed in. */
export function viewerOf(res: Response): Viewer | null {
  return (res.locals.viewer as Viewer | undefined) ?? null;
}

/** Whether the viewer moderates the site: moderators and admins do, unless their account is suspended. */
export function isModerator(viewer: Viewer | null): boolean {
  return (viewer?.role === 'moderator' || viewer?.role === 'admin') && !viewer.suspended;
}

/** Whether the viewer administers the site: an admin whose account is not suspended. */
export function isAdmin(viewer: Viewer | null): boolean {
  return viewer?.role === 'admin' && !viewer.suspended;
}

/** What the viewer may read of hidden content (repositories/visibility.ts): their own, or all of it as a moderator. */
export function readerOf(viewer: Viewer | null): Reader {
  return viewer ? { id: viewer.id, moderator: isModerator(viewer) } : null;
}
