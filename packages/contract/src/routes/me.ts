import {
  accountResponseSchema,
  apiTokenListResponseSchema,
  apiTokenParamsSchema,
  changePasswordRequestSchema,
  changePasswordResponseSchema,
  createApiTokenRequestSchema,
  createApiTokenResponseSchema,
  deleteAccountRequestSchema,
  sessionListResponseSchema,
  sessionParamsSchema,
  updateAccountRequestSchema,
} from '@stackyard/domain';
import { defineRoutes } from '../route.js';

const BASE = '/api/v1/me';
/**
 * Everything here is about the signed-in account; credentials only from a signed-in browser (403 with a token).
 * A suspended account can still read it, change its password, end sessions, revoke tokens and delete itself.
 */
const signedIn = { tags: ['me'], access: 'member' } as const;
const browserOnly = { 403: 'Credentials are managed from a signed-in browser, not with an API token' } as const;

export const me = defineRoutes('me', {
  get: { ...signedIn, method: 'get', path: BASE, summary: 'The signed-in account', responses: { 200: { description: 'The account', schema: accountResponseSchema } } },
  update: {
    ...signedIn,
    method: 'patch',
    path: BASE,
    summary: 'Changes the display name, bio, avatar or website',
    request: { body: updateAccountRequestSchema },
    responses: { 200: { description: 'The account', schema: accountResponseSchema } },
  },
  remove: {
    ...signedIn,
    allowSuspended: true,
    method: 'delete',
    path: BASE,
    summary: 'Deletes the account (password required when it has one); its votes, follows and stacks go, counters follow',
    request: { body: deleteAccountRequestSchema },
    responses: { 204: { description: 'Deleted' } },
    errors: browserOnly,
  },
  changePassword: {
    ...signedIn,
    allowSuspended: true,
    method: 'post',
    path: `${BASE}/password`,
    summary: 'Changes the password (current one required); every other session ends and every API token is revoked',
    request: { body: changePasswordRequestSchema },
    responses: {
      200: {
        description: 'Changed; how many other sessions ended and API tokens were revoked (make new tokens for the CLI)',
        schema: changePasswordResponseSchema,
      },
    },
    errors: browserOnly,
  },
  sessions: {
    ...signedIn,
    method: 'get',
    path: `${BASE}/sessions`,
    summary: 'Where the account is signed in',
    responses: { 200: { description: 'Sessions', schema: sessionListResponseSchema } },
    errors: browserOnly,
  },
  endOtherSessions: {
    ...signedIn,
    allowSuspended: true,
    method: 'delete',
    path: `${BASE}/sessions`,
    summary: 'Signs out everywhere else',
    responses: { 204: { description: 'Ended' } },
  },
  endSession: {
    ...signedIn,
    allowSuspended: true,
    method: 'delete',
    path: `${BASE}/sessions/:id`,
    summary: 'Ends one session',
    request: { params: sessionParamsSchema },
    responses: { 204: { description: 'Ended' } },
  },
  tokens: {
    ...signedIn,
    method: 'get',
    path: `${BASE}/tokens`,
    summary: "The account's API tokens (never their secrets), with when each expires",
    responses: { 200: { description: 'Tokens', schema: apiTokenListResponseSchema } },
    errors: browserOnly,
  },
  createToken: {
    ...signedIn,
    method: 'post',
    path: `${BASE}/tokens`,
    summary: 'Creates a named API token for the CLI, expiring in 30, 90 (default) or 365 days or never; the secret is in this answer only',
    request: { body: createApiTokenRequestSchema },
    responses: { 201: { description: 'The token and its secret', schema: createApiTokenResponseSchema } },
  },
  revokeToken: {
    ...signedIn,
    allowSuspended: true,
    method: 'delete',
    path: `${BASE}/tokens/:id`,
    summary: 'Revokes an API token',
    request: { params: apiTokenParamsSchema },
    responses: { 204: { description: 'Revoked' } },
  },
});
