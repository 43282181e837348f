import { loginRequestSchema, signupRequestSchema } from '@stackyard/domain';
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { fetchGithubProfile, generateState, githubAuthorizationUrl } from '../../auth/github-oauth.js';
import { readCookie, setSessionCookie, clearSessionCookie } from '../../auth/session-cookie.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/app-error.js';
import { createLimiter, ipKey } from '../../middleware/rate-limit.js';
import { inputOf, validate } from '../../middleware/validate.js';
import { toAccount } from '../../services/account-service.js';
import { logIn, signInWithGithub, signUp } from '../../services/auth-service.js';
import { endSessionByToken, startSession } from '../../services/session-service.js';

const signup = { body: signupRequestSchema };
const login = { body: loginRequestSchema };
const githubCallback = {
  query: z.object({
    code: z.string().max(512).optional(),
    state: z.string().max(512).optional(),
    error: z.string().max(200).optional(),
  }),
};

const STATE_COOKIE = 'stackyard_oauth_state';
const STATE_PATH = '/api/v1/auth/github';

/** POST /api/v1/auth/signup|login|logout, GET /api/v1/auth/github and its callback. */
export function authRouter(context: AppContext): Router {
  const { db, config, clock, rateLimitBackend } = context;
  const router = Router();
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

  router.post('/signup', signupsPerIp, validate(signup), async (req, res) => {
    const user = await signUp(db, inputOf(res, signup).body);
    await signIn(req, res, user.id);
    res.status(201).json({ user: toAccount(user) });
  });

  router.post('/login', loginsPerIp, loginsPerAccount, validate(login), async (req, res) => {
    const user = await logIn(db, inputOf(res, login).body);
    await signIn(req, res, user.id);
    res.json({ user: toAccount(user) });
  });

  router.post('/logout', async (_req, res) => {
    const token = res.locals.sessionToken as string | undefined;
    if (token) await endSessionByToken(db, token);
    clearSessionCookie(res, config);
    res.status(204).end();
  });

  const redirectUri = (req: Request) =>
    `${config.publicOrigin ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`}${STATE_PATH}/callback`;
  const stateCookie = { httpOnly: true, sameSite: 'lax' as const, path: STATE_PATH, secure: config.production };

  router.get('/github', (req, res) => {
    if (!config.github) throw AppError.notFound('GitHub sign-in (it is not configured on this server)');
    const state = generateState();
    res.cookie(STATE_COOKIE, state, { ...stateCookie, maxAge: 10 * 60 * 1000 });
    res.redirect(302, githubAuthorizationUrl(config.github, state, redirectUri(req)).toString());
  });

  router.get('/github/callback', validate(githubCallback), async (req, res) => {
    if (!config.github) throw AppError.notFound('GitHub sign-in (it is not configured on this server)');
    const { query } = inputOf(res, githubCallback);
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
