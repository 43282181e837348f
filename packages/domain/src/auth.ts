import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, USERNAME_PATTERN } from './auth-limits.js';
import { isCommonPassword } from './common-passwords.js';
import { displayNameSchema } from './display-name.js';
import { weakPasswordReason } from './password-strength.js';
import { textSchema, webUrlSchema } from './text.js';

/** Names that would shadow a page, an endpoint or the site's own voice. */
export const RESERVED_USERNAMES = new Set([
  'about', 'account', 'admin', 'administrator', 'api', 'auth', 'categories', 'compare', 'decisions', 'feed',
  'help', 'login', 'logout', 'me', 'moderation', 'moderator', 'new', 'null', 'popular', 'root', 'search', 'settings',
  'signin', 'signout', 'signup', 'stacks', 'stackyard', 'staff', 'support', 'system', 'tools', 'undefined',
  'users', 'www',
]);

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, USERNAME_PATTERN } from './auth-limits.js';

export const usernameSchema = textSchema()
  .trim()
  .regex(USERNAME_PATTERN, 'must be 3-30 letters, digits, "-" or "_"')
  .refine((name) => !RESERVED_USERNAMES.has(name.toLowerCase()), 'is reserved; choose another');

export const emailSchema = textSchema().trim().max(254).pipe(z.email('must be an email address'));

/** Length only; the rest of the policy needs the username and email too (see passwordProblem). */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`);

/**
 * What is wrong with a new password, or null. No composition rules (NIST SP 800-63B): its length, not
 * one of the 10,000 most common passwords, nothing built on the account's username or email or on the
 * site's name, and, by the zxcvbn estimator (see password-strength.ts), no repeats, sequences, keyboard
 * walks or common passwords in disguise that leave it guessable.
 */
export function passwordProblem(password: string, account: { username: string; email: string }): string | null {
  const parsed = newPasswordSchema.safeParse(password);
  if (!parsed.success) return parsed.error.issues[0]!.message;
  if (isCommonPassword(password)) return 'is one of the 10,000 most common passwords; choose a less guessable one';
  const emailName = account.email.split('@')[0] ?? '';
  return weakPasswordReason(password, { contained: [account.username, account.email], hinted: [emailName] }, PASSWORD_MAX_LENGTH);
}

export const signupRequestSchema = z.object({
  username: usernameSchema,
  email: emailSchema,
  password: newPasswordSchema,
});
export type SignupRequest = z.infer<typeof signupRequestSchema>;

export const loginRequestSchema = z.object({
  login: textSchema().trim().min(1, 'is required').max(254),
  // Bounded so that hashing cannot be made expensive; the real policy applies when passwords are set.
  password: z.string().min(1, 'is required').max(1024),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const ROLES = ['member', 'moderator', 'admin'] as const;
export type UserRole = (typeof ROLES)[number];

/** The signed-in person's own account, as GET /api/v1/me shows it. */
export const accountSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  email: z.string(),
  displayName: z.string().nullable(),
  bio: z.string().nullable(),
  avatarUrl: z.string().nullable(),
  websiteUrl: z.string().nullable(),
  role: z.enum(ROLES),
  hasPassword: z.boolean(),
  createdAt: z.string(),
});
export type Account = z.infer<typeof accountSchema>;
export const accountResponseSchema = z.object({ user: accountSchema });

export const updateAccountRequestSchema = z
  .object({
    displayName: displayNameSchema.nullable(),
    bio: textSchema({ multiline: true }).trim().max(500).nullable(),
    avatarUrl: webUrlSchema.nullable(),
    websiteUrl: webUrlSchema.nullable(),
  })
  .partial()
  .strict();
export type UpdateAccountRequest = z.infer<typeof updateAccountRequestSchema>;

export const changePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1, 'is required').max(1024),
  newPassword: newPasswordSchema,
});
/** What a password change ended besides the password: every other session and every API token. */
export const changePasswordResponseSchema = z.object({
  endedSessions: z.number().int(),
  revokedApiTokens: z.number().int(),
  message: z.string(),
});
export type ChangePasswordResponse = z.infer<typeof changePasswordResponseSchema>;

export const deleteAccountRequestSchema = z.object({
  /** Required for accounts that have a password. */
  password: z.string().max(1024).optional(),
});

export const sessionSummarySchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  current: z.boolean(),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;
export const sessionListResponseSchema = z.object({ sessions: z.array(sessionSummarySchema) });
export const sessionParamsSchema = z.object({ id: textSchema().regex(/^[0-9a-f]{16}$/, 'is not a session id') });

/** How long a new API token lives, in days; null makes one that never expires. */
export const API_TOKEN_LIFETIMES_DAYS = [30, 90, 365] as const;
export const DEFAULT_API_TOKEN_LIFETIME_DAYS = 90;

export const apiTokenSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  /** When the token stops working; null when it never expires. */
  expiresAt: z.string().nullable(),
  /** Whether it has expired (by the server's clock): an expired token authenticates nothing. */
  expired: z.boolean(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;
export const apiTokenListResponseSchema = z.object({ tokens: z.array(apiTokenSchema) });
export const createApiTokenRequestSchema = z.object({
  name: textSchema().trim().min(1, 'is required').max(100),
  /** Days until the token expires: 30, 90 or 365, or null for never; 90 when left out. */
  expiresInDays: z
    .union(
      API_TOKEN_LIFETIMES_DAYS.map((days) => z.literal(days)),
      { error: 'must be 30, 90, 365 or null (never)' },
    )
    .nullable()
    .default(DEFAULT_API_TOKEN_LIFETIME_DAYS),
});
/** The secret is shown in this response only; the server keeps its hash. */
export const createApiTokenResponseSchema = z.object({ token: apiTokenSchema, secret: z.string() });
export const apiTokenParamsSchema = z.object({ id: z.coerce.number().int().positive() });

/** Where GitHub sends the browser back after sign-in: a code and our state, or an error. */
export const githubCallbackQuerySchema = z.object({
  code: textSchema().max(512).optional(),
  state: textSchema().max(512).optional(),
  error: textSchema().max(200).optional(),
});
