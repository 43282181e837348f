import { accountResponseSchema, loginRequestSchema, signupRequestSchema } from '@stackyard/domain';
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { fetchGithubProfile, generateState, githubAuthorizationUrl } from '../../auth/github-oauth.js';
import { readCookie, setSessionCookie, clearSessionCookie } from '../../auth/session-cookie.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/app-error.js';
import { createLimiter, ipKey } from '../../middleware/rate-limit.js';
import { inputOf } from '../../middleware/validate.js';
import { toAccount } from '../../services/account-service.js';
import { logIn, signInWithGithub, signUp } from '../../services/auth-service.js';
import { endSessionByToken, startSession } from '../../services/session-service.js';
import { mountRoute } from '../mount-route.js';
import { publicOrigin } from '../public-origin.js';
import { defineRoute } from '../route-contract.js';

const BASE = '/api/v1/auth';

export const authContracts = {
  signup: defineRoute({
    method: 'post',
    path: `${BASE}/signup`,
    summary: 'Creates an account and signs it in (sets the session cookie)',
    tags: ['auth'],
    request: { body: signupRequestSchema },
    responses: { 201: { description: 'The new account', schema: accountResponseSchema } },
  }),
  login: defineRoute({
    method: 'post',
    path: `${BASE}/login`,
    summary: 'Signs in by username or email and password; a new session token every time',
    tags: ['auth'],
    request: { body: loginRequestSchema },
    responses: { 200: { description: 'The account', schema: accountResponseSchema } },
  }),
  logout: defineRoute({
    method: 'post',
    path: `${BASE}/logout`,
    summary: 'Ends the current session',
    tags: ['auth'],
    responses: { 204: { description: 'Signed out' } },
  }),
  github: defineRoute({
    method: 'get',
    path: `${BASE}/github`,
    summary: "Starts GitHub sign-in: sets a 10-minute state cookie and redirects to GitHub (404 when not configured)",
    tags: ['auth'],
    responses: { 302: { description: "Redirect to GitHub's authorization page" } },
  }),
  githubCallback: defineRoute({
    method: 'get',
    path: `${BASE}/github/callback`,
    summary: 'Where GitHub sends the browser back: checks the state, links or creates the account, signs it in',
    tags: ['auth'],
    request: {
      query: z.object({
        code: z.string().max(512).optional(),
        state: z.string().max(512).optional(),
        error: z.string().max(200).optional(),
      }),
    },
    responses: { 302: { description: 'Signed in; redirect to the home page' } },
  }),
};

const STATE_COOKIE = 'stackyard_oauth_state';
const STATE_PATH = '/api/v1/auth/github';

/** POST /api/v1/auth/signup|login|logout, GET /api/v1/auth/github and its callback. */
export function authRouter(context: AppContext): Router {
  const { db, config, clock, rateLimitBackend } = context;
  const router = Router();
  const { signup, login, logout, github, githubCallback } = authContracts;
  const limits = config.rateLimits;
  const signupsPerIp = createLimiter(limits, rateLimitBackend, { name: 'sign-ups from this address', rule: limits.signupPerIp, key: (req) => `ip:${ipKey(req)}` });
  const loginsPerIp = createLimiter(limits, rateLimitBackend, {
    name: 'failed sign-ins from this address',
    rule: limits.loginPerIp,
    key: (req) => `ip:${ipKey(req)}`,
    onlyFailures: true,
  });
  const loginsPerAccount = createLimiter(limits, rateLimitBackend, {
    name: 'failed sign-ins for this account',
    rule: limits.loginPerAccount,
    key: (req) => {
      const login: unknown = (req.body as { login?: unknown } | undefined)?.login;
      return typeof login === 'string' && login.length <= 254 ? `account:${login.trim().toLowerCase()}` : null;
    },
    onlyFailures: true,
  });

  /** Starts a session for the user, ending the one the request came with (a new token at every sign-in). */
  async function signIn(req: Request, res: Response, userId: number): Promise<void> {
    const previous = res.locals.sessionToken as string | undefined;
    if (previous) await endSessionByToken(db, previous);
    const session = await startSession(db, userId, clock(), { userAgent: req.get('user-agent') ?? null, ip: req.ip ?? null });
    setSessionCookie(res, config, session.token, session.expiresAt);
  }

  mountRoute(router, BASE, signup, signupsPerIp, async (req, res) => {
    const user = await signUp(db, inputOf(res, signup.request).body);
    await signIn(req, res, user.id);
    res.status(201).json({ user: toAccount(user) });
  });

  mountRoute(router, BASE, login, loginsPerIp, loginsPerAccount, async (req, res) => {
    const user = await logIn(db, inputOf(res, login.request).body);
    await signIn(req, res, user.id);
    res.json({ user: toAccount(user) });
  });

  mountRoute(router, BASE, logout, async (_req, res) => {
    const token = res.locals.sessionToken as string | undefined;
    if (token) await endSessionByToken(db, token);
    clearSessionCookie(res, config);
    res.status(204).end();
  });

  const redirectUri = (req: Request) => `${publicOrigin(req, config)}${STATE_PATH}/callback`;
  const stateCookie = { httpOnly: true, sameSite: 'lax' as const, path: STATE_PATH, secure: config.production };

  mountRoute(router, BASE, github, (req, res) => {
    if (!config.github) throw AppError.notFound('GitHub sign-in (it is not configured on this server)');
    const state = generateState();
    res.cookie(STATE_COOKIE, state, { ...stateCookie, maxAge: 10 * 60 * 1000 });
    res.redirect(302, githubAuthorizationUrl(config.github, state, redirectUri(req)).toString());
  });

  mountRoute(router, BASE, githubCallback, async (req, res) => {
    if (!config.github) throw AppError.notFound('GitHub sign-in (it is not configured on this server)');
    const { query } = inputOf(res, githubCallback.request);
    const expected = readCookie(req, STATE_COOKIE);
    res.clearCookie(STATE_COOKIE, stateCookie);
    if (!expected || !query.state || query.state !== expected) {
      throw new AppError('validation_failed', 'The sign-in link has expired or did not start here; please start again');
    }
    if (query.error || !query.code) {
      throw new AppError('validation_failed', `GitHub did not sign you in (${query.error ?? 'no code'}); please start again`);
    }
    const profile = await fetchGithubProfile(config.github, query.code, redirectUri(req));
    const user = await signInWithGithub(db, profile);
    await signIn(req, res, user.id);
    res.redirect(302, '/');
  });

  return router;
}
