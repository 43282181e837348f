import type { Database } from '@stackyard/db';
import type { Kysely } from 'kysely';
import { sessionCookieName } from '../auth/session-cookie.js';
import { defaultConfig } from '../config.js';
import { startSession } from '../services/session-service.js';
import { buildUser } from './factories.js';

/**
 * Many signed-in people at once, for tests that hold raw cookies (bursts of concurrent requests): people
 * from buildUser() (no password hash), each given a session the way sign-in does.
 */
export async function createSignedInUsers(db: Kysely<Database>, count: number): Promise<Array<{ id: number; username: string; cookie: string }>> {
  const cookieName = sessionCookieName(defaultConfig());
  const now = new Date();
  const people: Array<{ id: number; username: string; cookie: string }> = [];
  for (let index = 0; index < count; index += 1) {
    const user = await buildUser(db);
    const session = await startSession(db, user.id, now, { userAgent: 'test', ip: null });
    people.push({ id: user.id, username: user.username, cookie: `${cookieName}=${session.token}` });
  }
  return people;
}
