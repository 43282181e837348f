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
  /** Suspended by a moderator: can read and sign out, cannot change anything. */
  suspended: boolean;
}

/** The viewer of this request, or null when nobody is signed in. */
export function viewerOf(res: Response): Viewer | null {
  return (res.locals.viewer as Viewer | undefined) ?? null;
}

/** Whether the viewer moderates the site (moderators and admins do). */
export function isModerator(viewer: Viewer | null): boolean {
  return viewer?.role === 'moderator' || viewer?.role === 'admin';
}

/** What the viewer may read of hidden content (repositories/visibility.ts): their own, or all of it as a moderator. */
export function readerOf(viewer: Viewer | null): Reader {
  return viewer ? { id: viewer.id, moderator: isModerator(viewer) } : null;
}
