import type { Database, SessionRow } from '@stackyard/db';
import type { SessionSummary } from '@stackyard/domain';
import type { Kysely } from 'kysely';
import type { Viewer } from '../auth/viewer.js';
import { generateSecret, hashSecret } from '../auth/tokens.js';
import {
  deleteSession,
  deleteSessionByPrefix,
  deleteSessionsOfUser,
  findSessionWithUser,
  insertSession,
  listSessionsOfUser,
  renewSession,
} from '../repositories/session-repository.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** A session ends after 30 days without use... */
export const SESSION_INACTIVITY_MS = 30 * DAY;
/** ...and a year after sign-in whatever happens. */
export const SESSION_LIFETIME_MS = 365 * DAY;
/** Use extends it, but the extension is written at most once an hour. */
export const SESSION_RENEWAL_INTERVAL_MS = HOUR;

export interface SessionMeta {
  userAgent: string | null;
  ip: string | null;
}

export interface StartedSession {
  token: string;
  expiresAt: Date;
}

export interface ValidSession {
  id: string;
  viewer: Viewer;
  expiresAt: Date;
  /** True when this request extended the session (the cookie should be sent again with the new expiry). */
  renewed: boolean;
}

function expiryFrom(now: Date, createdAt: Date): Date {
  return new Date(Math.min(now.getTime() + SESSION_INACTIVITY_MS, createdAt.getTime() + SESSION_LIFETIME_MS));
}

/** A new session with a fresh random token; the database keeps only the token's SHA-256. */
export async function startSession(db: Kysely<Database>, userId: number, now: Date, meta: SessionMeta): Promise<StartedSession> {
  const token = generateSecret();
  const expiresAt = expiryFrom(now, now);
  await insertSession(db, {
    id: hashSecret(token),
    user_id: userId,
    created_at: now,
    last_verified_at: now,
    expires_at: expiresAt,
    user_agent: meta.userAgent?.slice(0, 512) ?? null,
    ip: meta.ip?.slice(0, 64) ?? null,
  });
  return { token, expiresAt };
}

/** The session a cookie token names, if it is still alive; extends it on use. Expired sessions are removed. */
export async function validateSession(db: Kysely<Database>, token: string, now: Date): Promise<ValidSession | null> {
  const id = hashSecret(token);
  const session = await findSessionWithUser(db, id);
  if (!session) return null;
  const dead = now >= session.expires_at || now.getTime() >= session.created_at.getTime() + SESSION_LIFETIME_MS;
  if (dead) {
    await deleteSession(db, id);
    return null;
  }
  const viewer: Viewer = {
    id: session.user_id,
    username: session.username,
    role: session.role,
    via: 'session',
    suspended: session.suspended_at !== null,
  };
  if (now.getTime() - session.last_verified_at.getTime() < SESSION_RENEWAL_INTERVAL_MS) {
    return { id, viewer, expiresAt: session.expires_at, renewed: false };
  }
  const expiresAt = expiryFrom(now, session.created_at);
  await renewSession(db, id, now, expiresAt);
  return { id, viewer, expiresAt, renewed: true };
}

export async function endSessionByToken(db: Kysely<Database>, token: string): Promise<void> {
  await deleteSession(db, hashSecret(token));
}

export async function endOtherSessions(db: Kysely<Database>, userId: number, currentSessionId: string | null): Promise<void> {
  await deleteSessionsOfUser(db, userId, currentSessionId);
}

/** The public handle of a session: a prefix of its hashed id, enough to tell sessions apart, useless to sign in. */
function publicId(session: Pick<SessionRow, 'id'>): string {
  return session.id.slice(0, 16);
}

export async function listSessions(
  db: Kysely<Database>,
  userId: number,
  currentSessionId: string | null,
  now: Date,
): Promise<SessionSummary[]> {
  const sessions = await listSessionsOfUser(db, userId, now);
  return sessions.map((session) => ({
    id: publicId(session),
    createdAt: session.created_at.toISOString(),
    lastSeenAt: session.last_verified_at.toISOString(),
    expiresAt: session.expires_at.toISOString(),
    userAgent: session.user_agent,
    ip: session.ip,
    current: session.id === currentSessionId,
  }));
}

export async function endSessionByPublicId(db: Kysely<Database>, userId: number, id: string): Promise<boolean> {
  return deleteSessionByPrefix(db, userId, id);
}
