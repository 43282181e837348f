import type { Database, Db, UserRow } from '@stackyard/db';
import { couldBeUsernameSkeleton, passwordProblem, skeleton, type Account, type ChangePasswordResponse, type UpdateAccountRequest, type UserRole } from '@stackyard/domain';
import type { Kysely } from 'kysely';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import { AppError } from '../errors/app-error.js';
import { deleteApiTokensOfUser } from '../repositories/api-token-repository.js';
import { deleteSessionsOfUser } from '../repositories/session-repository.js';
import {
  deleteUserKeepingCounts,
  findOtherUserWithUsernameSkeleton,
  findUserById,
  setUserRole,
  updateUser,
} from '../repositories/user-repository.js';

export function toAccount(user: UserRow): Account {
  return {
    id: user.id,
    username: user.username,
    email: user.email,
    displayName: user.display_name,
    bio: user.bio,
    avatarUrl: user.avatar_url,
    websiteUrl: user.website_url,
    role: user.role,
    hasPassword: user.password_hash !== null,
    createdAt: user.created_at.toISOString(),
  };
}

async function loadUser(db: Kysely<Database>, userId: number): Promise<UserRow> {
  const user = await findUserById(db, userId);
  if (!user) throw new AppError('unauthenticated', 'This account no longer exists');
  return user;
}

/** Raises the policy's complaint about a new password as a 400 on the given field. */
export function assertAcceptablePassword(password: string, account: { username: string; email: string }, field: string): void {
  const problem = passwordProblem(password, account);
  if (problem) throw new AppError('validation_failed', `${field}: ${problem}`, { issues: [{ path: field, message: problem }] });
}

export async function getAccount(db: Kysely<Database>, userId: number): Promise<Account> {
  return toAccount(await loadUser(db, userId));
}

/**
 * Refuses a display name that looks like another member's username (same skeleton, UTS #39 style): shown
 * beside content it would pass for them. The member's own username is fine. The protected names (admin,
 * moderator, stackyard) are refused by the schema already.
 */
export async function assertDisplayNameIsOwn(db: Db, userId: number | null, displayName: string, field: string): Promise<void> {
  const nameSkeleton = skeleton(displayName);
  if (!couldBeUsernameSkeleton(nameSkeleton)) return;
  const other = await findOtherUserWithUsernameSkeleton(db, nameSkeleton, userId);
  if (other) {
    const message = `looks like the username of another member (@${other.username}); choose another`;
    throw new AppError('validation_failed', `${field}: ${message}`, { issues: [{ path: field, message }] });
  }
}

export async function updateAccount(db: Kysely<Database>, userId: number, changes: UpdateAccountRequest): Promise<Account> {
  if (changes.displayName) await assertDisplayNameIsOwn(db, userId, changes.displayName, 'body.displayName');
  const updated = await updateUser(db, userId, {
    ...(changes.displayName !== undefined ? { display_name: changes.displayName || null } : {}),
    ...(changes.bio !== undefined ? { bio: changes.bio || null } : {}),
    ...(changes.avatarUrl !== undefined ? { avatar_url: changes.avatarUrl } : {}),
    ...(changes.websiteUrl !== undefined ? { website_url: changes.websiteUrl } : {}),
    updated_at: new Date(),
  });
  if (!updated) throw new AppError('unauthenticated', 'This account no longer exists');
  return toAccount(updated);
}

/**
 * Needs the current password. In one transaction with the new hash, every other session of the account
 * ends (the one making the change stays) and every API token is revoked: whoever knew the old password may
 * have made one, and a token would outlive the change.
 */
export async function changePassword(
  db: Kysely<Database>,
  userId: number,
  currentSessionId: string | null,
  currentPassword: string,
  newPassword: string,
): Promise<ChangePasswordResponse> {
  const user = await loadUser(db, userId);
  if (!(await verifyPassword(user.password_hash, currentPassword))) {
    throw new AppError('forbidden', 'The current password is not right');
  }
  assertAcceptablePassword(newPassword, user, 'body.newPassword');
  const passwordHash = await hashPassword(newPassword);
  const { endedSessions, revokedApiTokens } = await db.transaction().execute(async (trx) => {
    await updateUser(trx, userId, { password_hash: passwordHash, updated_at: new Date() });
    return {
      endedSessions: await deleteSessionsOfUser(trx, userId, currentSessionId),
      revokedApiTokens: await deleteApiTokensOfUser(trx, userId),
    };
  });
  const tokens = revokedApiTokens === 1 ? '1 API token was' : `${revokedApiTokens} API tokens were`;
  const sessions = endedSessions === 1 ? '1 other session' : `${endedSessions} other sessions`;
  return {
    endedSessions,
    revokedApiTokens,
    message: `Password changed; ${sessions} ended and ${tokens} revoked${revokedApiTokens > 0 ? ' (make new ones for the CLI)' : ''}`,
  };
}

/** Deletes the account and what it owns; its votes and follows stop counting in the same transaction. */
export async function deleteAccount(db: Kysely<Database>, userId: number, password: string | undefined): Promise<void> {
  const user = await loadUser(db, userId);
  if (user.password_hash !== null && !(await verifyPassword(user.password_hash, password ?? ''))) {
    throw new AppError('forbidden', 'Confirm with your password to delete the account');
  }
  await db.transaction().execute((trx) => deleteUserKeepingCounts(trx, user));
}

/** Makes someone a member, moderator or admin (the `user:role` command; the first admin is made this way). */
export async function grantRole(db: Kysely<Database>, username: string, role: UserRole): Promise<Account> {
  const user = await setUserRole(db, username, role);
  if (!user) throw AppError.notFound(`User "${username}"`);
  return toAccount(user);
}
