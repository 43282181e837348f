import { accountResponseSchema, githubCallbackQuerySchema, loginRequestSchema, signupRequestSchema } from '@stackyard/domain';
import { defineRoutes } from '../route.js';

const BASE = '/api/v1/auth';

export const auth = defineRoutes('auth', {
  signup: {
    method: 'post',
    path: `${BASE}/signup`,
    summary: 'Creates an account and signs it in (sets the session cookie)',
    tags: ['auth'],
    access: 'public',
    request: { body: signupRequestSchema },
    responses: { 201: { description: 'The new account', schema: accountResponseSchema } },
  },
  login: {
    method: 'post',
    path: `${BASE}/login`,
    summary: 'Signs in by username or email and password; a new session token every time',
    tags: ['auth'],
    access: 'public',
    request: { body: loginRequestSchema },
    responses: { 200: { description: 'The account', schema: accountResponseSchema } },
    errors: { 401: 'The username, email or password is wrong' },
  },
  logout: {
    method: 'post',
    path: `${BASE}/logout`,
    summary: 'Ends the current session, if there is one',
    tags: ['auth'],
    access: 'viewer',
    allowSuspended: true,
    responses: { 204: { description: 'Signed out' } },
  },
  github: {
    method: 'get',
    path: `${BASE}/github`,
    summary: 'Starts GitHub sign-in: sets a 10-minute state cookie and redirects to GitHub (404 when not configured)',
    tags: ['auth'],
    access: 'public',
    responses: { 302: { description: "Redirect to GitHub's authorization page" } },
    errors: { 404: 'GitHub sign-in is not configured on this server' },
  },
  githubCallback: {
    method: 'get',
    path: `${BASE}/github/callback`,
    summary: 'Where GitHub sends the browser back: checks the state, links or creates the account, signs it in',
    tags: ['auth'],
    access: 'public',
    request: { query: githubCallbackQuerySchema },
    responses: { 302: { description: 'Signed in; redirect to the home page' } },
    errors: {
      404: 'GitHub sign-in is not configured on this server',
      503: 'GitHub could not be reached or gave an unexpected answer',
    },
  },
});
