import type { API_TOKEN_LIFETIMES_DAYS, UpdateAccountRequest } from '@stackyard/domain';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@stackyard/domain/auth-limits';

// The settings forms read by hand what the browser can check before sending, with the bounds of the
// domain's schemas (display-name.ts, text.ts, auth.ts); the API applies those schemas anyway, and its
// reasons come back next to their fields.

export const DISPLAY_NAME_MAX = 80;
export const BIO_MAX = 500;
export const WEB_URL_MAX = 500;
export const TOKEN_NAME_MAX = 100;

/** A form's answer: what to send, or the problems to show next to their fields. */
export type FormReading<Body, Field extends string> = { ok: true; body: Body } | { ok: false; fields: Partial<Record<Field, string>> };

export const PROFILE_FIELDS = ['displayName', 'bio', 'avatarUrl', 'websiteUrl'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
export type ProfileBody = Required<Pick<UpdateAccountRequest, ProfileField>>;

/** The profile form: every field sent, an empty one as null (which clears it). */
export function readProfileForm(form: FormData): FormReading<ProfileBody, ProfileField> {
  const text = (name: ProfileField) => String(form.get(name) ?? '').trim() || null;
  const body: ProfileBody = { displayName: text('displayName'), bio: text('bio'), avatarUrl: text('avatarUrl'), websiteUrl: text('websiteUrl') };
  const fields: Partial<Record<ProfileField, string>> = {};
  if (body.displayName && body.displayName.length > DISPLAY_NAME_MAX) fields.displayName = `Must be at most ${DISPLAY_NAME_MAX} characters.`;
  if (body.bio && body.bio.length > BIO_MAX) fields.bio = `Must be at most ${BIO_MAX} characters.`;
  for (const name of ['avatarUrl', 'websiteUrl'] as const) {
    const problem = webAddressProblem(body[name]);
    if (problem) fields[name] = problem;
  }
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, body };
}

/** Why a typed web address would be refused, or null (an empty one clears the field). */
export function webAddressProblem(value: string | null): string | null {
  if (!value) return null;
  if (value.length > WEB_URL_MAX) return `Must be at most ${WEB_URL_MAX} characters.`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Must be a full web address, starting with https://.';
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return 'Must be a web address starting with https:// or http://.';
  return null;
}

export const PASSWORD_FIELDS = ['currentPassword', 'newPassword', 'repeatPassword'] as const;
export type PasswordField = (typeof PASSWORD_FIELDS)[number];
export interface PasswordBody {
  currentPassword: string;
  newPassword: string;
}

/** The password form: the current password, and the new one typed the same twice. */
export function readPasswordForm(form: FormData): FormReading<PasswordBody, PasswordField> {
  const currentPassword = String(form.get('currentPassword') ?? '');
  const newPassword = String(form.get('newPassword') ?? '');
  const repeatPassword = String(form.get('repeatPassword') ?? '');
  const fields: Partial<Record<PasswordField, string>> = {};
  if (!currentPassword) fields.currentPassword = 'Enter the password you sign in with now.';
  if (newPassword.length < PASSWORD_MIN_LENGTH) fields.newPassword = `Must be at least ${PASSWORD_MIN_LENGTH} characters.`;
  else if (newPassword.length > PASSWORD_MAX_LENGTH) fields.newPassword = `Must be at most ${PASSWORD_MAX_LENGTH} characters.`;
  else if (newPassword === currentPassword) fields.newPassword = 'Is the same as the current password; choose a new one.';
  if (!fields.newPassword && repeatPassword !== newPassword) fields.repeatPassword = 'Does not match the new password; type it again.';
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, body: { currentPassword, newPassword } };
}

/** How long a new token lives: the contract's lifetimes in days, or null for never. */
export type TokenLifetime = (typeof API_TOKEN_LIFETIMES_DAYS)[number] | null;

/** The expiry select's options, the contract's default (90 days) first chosen. */
export const TOKEN_LIFETIMES: readonly { value: string; label: string; days: TokenLifetime }[] = [
  { value: '30', label: '30 days', days: 30 },
  { value: '90', label: '90 days', days: 90 },
  { value: '365', label: '1 year (365 days)', days: 365 },
  { value: 'never', label: 'Never (not recommended)', days: null },
];
export const DEFAULT_TOKEN_LIFETIME = '90';

export const TOKEN_FIELDS = ['name', 'expiresInDays'] as const;
export type TokenField = (typeof TOKEN_FIELDS)[number];
export interface TokenBody {
  name: string;
  expiresInDays: TokenLifetime;
}

/** The new-token form: a name to recognise it by, and one of the lifetimes offered. */
export function readTokenForm(form: FormData): FormReading<TokenBody, TokenField> {
  const name = String(form.get('name') ?? '').trim();
  const lifetime = TOKEN_LIFETIMES.find((option) => option.value === String(form.get('expiresInDays') ?? DEFAULT_TOKEN_LIFETIME));
  const fields: Partial<Record<TokenField, string>> = {};
  if (!name) fields.name = 'Give the token a name, such as the machine it will live on.';
  else if (name.length > TOKEN_NAME_MAX) fields.name = `Must be at most ${TOKEN_NAME_MAX} characters.`;
  if (!lifetime) fields.expiresInDays = 'Choose how long the token lives.';
  return !lifetime || Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, body: { name, expiresInDays: lifetime.days } };
}

/** "1 other session ended; 2 API tokens were revoked": what a password change ended besides the password. */
export function passwordChangeSummary(endedSessions: number, revokedApiTokens: number): string {
  const sessions = endedSessions === 0 ? 'No other session was signed in' : `${endedSessions} other ${endedSessions === 1 ? 'session was' : 'sessions were'} signed out`;
  const tokens =
    revokedApiTokens === 0
      ? 'you had no API tokens to revoke'
      : `${revokedApiTokens} API ${revokedApiTokens === 1 ? 'token was' : 'tokens were'} revoked (create new ones for the command-line tool)`;
  return `Password changed. ${sessions}, and ${tokens}.`;
}
