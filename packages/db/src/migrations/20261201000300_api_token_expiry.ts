import { sql, type Kysely } from 'kysely';

/**
 * API tokens may expire: `expires_at` is set when a token is made (30, 90 or 365 days, or null for a token
 * that never expires) and a token past it no longer authenticates. Tokens made before this migration were
 * issued as never expiring and keep that (their owners can revoke them, and a password change does).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table api_tokens add column expires_at timestamptz`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table api_tokens drop column if exists expires_at`.execute(db);
}
