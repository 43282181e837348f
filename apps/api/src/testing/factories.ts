import type { Database, NewUser, UserRow } from '@stackyard/db';
import type { CreateDecisionRequest, CreateStackRequest, Decision, Reason, ReasonKind } from '@stackyard/domain';
import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/passwords.js';
import { readerOf, type Viewer } from '../auth/viewer.js';
import { findStackByOwnerAndSlug, type StackRow } from '../repositories/stack-repository.js';
import { insertUser } from '../repositories/user-repository.js';
import { postDecision } from '../services/decision-service.js';
import { addReason } from '../services/reason-service.js';
import { createStack } from '../services/stack-service.js';

/**
 * Test data that reads as the story a test tells: `buildUser(db)`, `buildStack(db, owner)`. Users go in
 * through the user repository; stacks, pros and cons and decisions through the services that own them, so
 * that counters and feed events stay what the API would have made them. Every name is unique per call.
 */

let sequence = 0;
/** Unique within a process by the sequence (a separator keeps 1+23 from meeting 12+3), varied across runs. */
function unique(): string {
  sequence += 1;
  return `${sequence.toString(36)}_${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

export interface BuildUserOptions extends Partial<Omit<NewUser, 'password_hash'>> {
  /** A password to sign in with (hashed as sign-up does); none by default, which is cheaper. */
  password?: string;
}

/** A person, a member unless `role` says otherwise. */
export async function buildUser(db: Kysely<Database>, { password, ...overrides }: BuildUserOptions = {}): Promise<UserRow> {
  const name = `user_${unique()}`;
  return insertUser(db, {
    username: name,
    email: `${name}@example.org`,
    password_hash: password ? await hashPassword(password) : null,
    ...overrides,
  });
}

/** The viewer a request signed in as this user would have. */
export function viewerFor(user: UserRow, via: Viewer['via'] = 'session'): Viewer {
  return { id: user.id, username: user.username, role: user.role, via, suspended: user.suspended_at !== null };
}

/** A stack of `owner`'s, with NGINX and PostgreSQL unless `request.tools` says otherwise. */
export async function buildStack(db: Kysely<Database>, owner: UserRow, request: Partial<CreateStackRequest> = {}): Promise<StackRow> {
  const created = await createStack(
    db,
    viewerFor(owner),
    { name: `Stack ${unique()}`, description: 'A stack made for a test', tools: [{ slug: 'nginx' }, { slug: 'postgresql' }], ...request },
    new Date(),
  );
  const row = await findStackByOwnerAndSlug(db, created.owner, created.slug, readerOf(viewerFor(owner)));
  if (!row) throw new Error(`the stack ${created.owner}/${created.slug} was not saved`);
  return row;
}

/** A pro (unless `request.kind` says con) of the tool, by `author`, with the author's vote. */
export function buildReason(db: Kysely<Database>, author: UserRow, toolSlug: string, request: { kind?: ReasonKind; text?: string } = {}): Promise<Reason> {
  return addReason(db, viewerFor(author), toolSlug, { kind: 'pro', text: `Works well for us, case ${unique()}`, ...request }, new Date());
}

/** A decision by `author` about NGINX unless `request.tools` says otherwise. */
export function buildDecision(db: Kysely<Database>, author: UserRow, request: Partial<CreateDecisionRequest> = {}): Promise<Decision> {
  return postDecision(
    db,
    viewerFor(author),
    { body: `We chose this after a month of trials (${unique()}).`, tools: ['nginx'], ...request },
    new Date(),
  );
}
