import type { Database, Db, UserRow } from '@stackyard/db';
import {
  DISPLAY_NAME_MAX_LENGTH,
  RESERVED_USERNAMES,
  couldBeUsernameSkeleton,
  displayNameSchema,
  normaliseDisplayName,
  skeleton,
  type LoginRequest,
  type SignupRequest,
} from '@stackyard/domain';
import type { Kysely } from 'kysely';
import type { GithubProfile } from '../auth/github-oauth.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import { signInIdentity, type SignInLimiter } from '../auth/sign-in-limiter.js';
import { AppError } from '../errors/app-error.js';
import { findUserIdByOauthAccount, insertOauthAccount } from '../repositories/oauth-account-repository.js';
import {
  findOtherUserWithUsernameSkeleton,
  findUserById,
  findUserByLogin,
  insertUser,
  listUsernamesStartingWith,
} from '../repositories/user-repository.js';
import { assertAcceptablePassword } from './account-service.js';

/** PostgreSQL's unique_violation, raised by the case-insensitive unique indexes on users. */
function duplicateField(error: unknown): 'username' | 'email' | null {
  const { code, constraint } = error as { code?: string; constraint?: string };
  if (code !== '23505') return null;
  if (constraint === 'users_username_lower_key') return 'username';
  if (constraint === 'users_email_lower_key') return 'email';
  return null;
}

export async function signUp(db: Kysely<Database>, request: SignupRequest): Promise<UserRow> {
  assertAcceptablePassword(request.password, request, 'body.password');
  const passwordHash = await hashPassword(request.password);
  try {
    return await insertUser(db, { username: request.username, email: request.email, password_hash: passwordHash });
  } catch (error) {
    const field = duplicateField(error);
    if (field) throw new AppError('conflict', `That ${field} is already taken`, { field });
    throw error;
  }
}

const WRONG_CREDENTIALS = 'Wrong username, email or password';

/**
 * The account whose username or email and password match. A wrong name and a wrong password look alike.
 * The attempt is counted by the sign-in limits against the account the login resolves to (its username and
 * email alike) and the client's address, before the password is checked.
 */
export async function logIn(
  db: Kysely<Database>,
  request: LoginRequest,
  limits: { limiter: SignInLimiter; address: string },
): Promise<UserRow> {
  const user = await findUserByLogin(db, request.login);
  const attempt = await limits.limiter.attempt(signInIdentity(user?.id, request.login), limits.address);
  const matches = await verifyPassword(user?.password_hash ?? null, request.password);
  if (!user || !matches) throw new AppError('unauthenticated', WRONG_CREDENTIALS);
  await attempt.succeeded();
  return user;
}

/** A username for a new GitHub account: the GitHub login made valid here, with a number when it is taken. */
async function freeUsernameFor(db: Kysely<Database>, login: string): Promise<string> {
  const cleaned = login.replace(/[^A-Za-z0-9_-]/g, '-').replace(/^-+|-+$/g, '');
  const base = (cleaned.length >= 3 ? cleaned : `${cleaned}-dev`.replace(/^-/, 'user-')).slice(0, 26);
  const taken = await listUsernamesStartingWith(db, base);
  const free = (name: string) => !taken.has(name.toLowerCase()) && !RESERVED_USERNAMES.has(name.toLowerCase());
  if (free(base)) return base;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base}-${suffix}`;
    if (free(candidate)) return candidate;
  }
}

/**
 * The GitHub profile's name as a display name, under the same rules as one typed here (normalised, not
 * like a protected name or another member's username), or null when it breaks them.
 */
async function githubDisplayName(db: Db, name: string | null, username: string): Promise<string | null> {
  const parsed = displayNameSchema.safeParse(normaliseDisplayName(name ?? '').slice(0, DISPLAY_NAME_MAX_LENGTH));
  if (!parsed.success || parsed.data === '') return null;
  if (skeleton(parsed.data) === skeleton(username)) return parsed.data;
  const other = couldBeUsernameSkeleton(skeleton(parsed.data)) ? await findOtherUserWithUsernameSkeleton(db, skeleton(parsed.data), null) : undefined;
  return other ? null : parsed.data;
}

function httpUrlOrNull(value: string | null): string | null {
  if (!value) return null;
  const withScheme = /^https?:\/\//i.test(value) ? value : `https://${value}`;
  try {
    return withScheme.length <= 500 && new URL(withScheme) ? withScheme : null;
  } catch {
    return null;
  }
}

/**
 * The account linked to a GitHub identity, created on first sign-in. Accounts are linked by GitHub's
 * numeric id, never by email, so a changed GitHub login or email still finds the same account.
 */
export async function signInWithGithub(db: Kysely<Database>, profile: GithubProfile): Promise<UserRow> {
  const linked = await findUserIdByOauthAccount(db, 'github', profile.id);
  if (linked !== undefined) {
    const user = await findUserById(db, linked);
    if (user) return user;
  }
  return db.transaction().execute(async (trx) => {
    const username = await freeUsernameFor(trx, profile.login);
    // Without a verified email from GitHub the account gets a placeholder that cannot receive mail.
    let email = profile.email ?? `${profile.id}+${username}@users.noreply.github.com`;
    if ((await findUserByLogin(trx, email)) !== undefined) email = `${profile.id}+${username}@users.noreply.github.com`;
    const user = await insertUser(trx, {
      username,
      email,
      display_name: await githubDisplayName(trx, profile.name, username),
      avatar_url: httpUrlOrNull(profile.avatarUrl),
      website_url: httpUrlOrNull(profile.blog),
    });
    await insertOauthAccount(trx, { provider: 'github', providerUserId: profile.id, userId: user.id });
    return user;
  });
}
