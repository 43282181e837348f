import type { ApiTokenRow, Database } from '@stackyard/db';
import type { ApiToken } from '@stackyard/domain';
import type { Kysely } from 'kysely';
import { API_TOKEN_PREFIX, generateSecret, hashSecret } from '../auth/tokens.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../errors/app-error.js';
import {
  deleteApiToken,
  findApiTokenWithUser,
  insertApiToken,
  listApiTokensOfUser,
  touchApiToken,
} from '../repositories/api-token-repository.js';

const DAY_MS = 24 * 60 * 60 * 1000;

function toApiToken(row: ApiTokenRow, now: Date): ApiToken {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    expiresAt: row.expires_at?.toISOString() ?? null,
    expired: row.expires_at !== null && row.expires_at.getTime() <= now.getTime(),
  };
}

/**
 * A named token for the CLI, expiring after `expiresInDays` (null: never); the secret is returned this
 * once and only its hash is kept.
 */
export async function createApiToken(
  db: Kysely<Database>,
  userId: number,
  request: { name: string; expiresInDays: number | null },
  now: Date,
): Promise<{ token: ApiToken; secret: string }> {
  const { name, expiresInDays } = request;
  const secret = `${API_TOKEN_PREFIX}${generateSecret()}`;
  const expiresAt = expiresInDays === null ? null : new Date(now.getTime() + expiresInDays * DAY_MS);
  try {
    const row = await insertApiToken(db, { userId, name, tokenHash: hashSecret(secret), expiresAt });
    return { token: toApiToken(row, now), secret };
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw new AppError('conflict', `You already have a token named "${name}"`);
    throw error;
  }
}

export async function listApiTokens(db: Kysely<Database>, userId: number, now: Date): Promise<ApiToken[]> {
  return (await listApiTokensOfUser(db, userId)).map((row) => toApiToken(row, now));
}

export async function revokeApiToken(db: Kysely<Database>, userId: number, id: number): Promise<void> {
  if (!(await deleteApiToken(db, userId, id))) throw AppError.notFound('That token');
}

/** The viewer an `Authorization: Bearer` secret stands for, or null when it is unknown, revoked or expired. */
export async function authenticateApiToken(db: Kysely<Database>, secret: string, now: Date): Promise<Viewer | null> {
  if (!secret.startsWith(API_TOKEN_PREFIX) || secret.length > 200) return null;
  const token = await findApiTokenWithUser(db, hashSecret(secret), now);
  if (!token) return null;
  await touchApiToken(db, token.id, now);
  return { id: token.userId, username: token.username, role: token.role, via: 'token', suspended: token.suspendedAt !== null };
}
