import { contracts } from '@stackyard/contract';
import type { Request, Response } from 'express';
import { fetchGithubProfile, generateState, githubAuthorizationUrl } from '../../auth/github-oauth.js';
import { clearSessionCookie, readCookie, setSessionCookie } from '../../auth/session-cookie.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors/app-error.js';
import { createSignInLimiter } from '../../auth/sign-in-limiter.js';
import { createLimiter, ipKey } from '../../middleware/rate-limit.js';
import { toAccount } from '../../services/account-service.js';
import { logIn, signInWithGithub, signUp } from '../../services/auth-service.js';
import { endSessionByToken, startSession } from '../../services/session-service.js';
import { implement } from '../mount-route.js';

const STATE_COOKIE = 'stackyard_oauth_state';
const STATE_PATH = contracts.auth.github.path;

/** /api/v1/auth: sign-up, sign-in, sign-out, and GitHub sign-in with its callback. */
export function authRouter(context: AppContext) {
  const { db, config, clock, rateLimitBackend } = context;
  const limits = config.rateLimits;
  const signupsPerIp = createLimiter(limits, rateLimitBackend, { name: 'sign-ups from this address', rule: limits.signupPerIp, key: (req) => `ip:${ipKey(req)}` });
  const loginsPerIp = createLimiter(limits, rateLimitBackend, {
    name: 'failed sign-ins from this address',
    rule: limits.loginPerIp,
    key: (req) => `ip:${ipKey(req)}`,
    onlyFailures: true,
  });
  // Per account, and per account and address: keyed on the account the validated login resolves to.
  const signInLimiter = createSignInLimiter(limits, rateLimitBackend);

  /** Starts a session for the user, ending the one the request came with (a new token at every sign-in). */
  async function signIn(req: Request, res: Response, userId: number): Promise<void> {
    const previous = res.locals.sessionToken as string | undefined;
    if (previous) await endSessionByToken(db, previous);
    const session = await startSession(db, userId, clock(), { userAgent: req.get('user-agent') ?? null, ip: req.ip ?? null });
    setSessionCookie(res, config, session.token, session.expiresAt);
  }

  function requireGithub() {
    if (!config.github) throw AppError.notFound('GitHub sign-in (it is not configured on this server)');
    return config.github;
  }

  const redirectUri = `${config.publicOrigin}${STATE_PATH}/callback`;
  const stateCookie = { httpOnly: true, sameSite: 'lax' as const, path: STATE_PATH, secure: config.production };

  return implement(contracts.auth, {
    signup: {
      use: [signupsPerIp],
      handle: async ({ body }, { req, res }) => {
        const user = await signUp(db, body);
        await signIn(req, res, user.id);
        return { status: 201, body: { user: toAccount(user) } };
      },
    },
    login: {
      use: [loginsPerIp],
      handle: async ({ body }, { req, res }) => {
        const user = await logIn(db, body, { limiter: signInLimiter, address: ipKey(req) });
        await signIn(req, res, user.id);
        return { status: 200, body: { user: toAccount(user) } };
      },
    },
    logout: async (_input, { res }) => {
      const token = res.locals.sessionToken as string | undefined;
      if (token) await endSessionByToken(db, token);
      clearSessionCookie(res, config);
      return { status: 204 };
    },
    github: (_input, { res }) => {
      const github = requireGithub();
      const state = generateState();
      res.cookie(STATE_COOKIE, state, { ...stateCookie, maxAge: 10 * 60 * 1000 });
      return { status: 302, headers: { location: githubAuthorizationUrl(github, state, redirectUri).toString() } };
    },
    // A GET that writes (the account, the session): on the primary.
    githubCallback: {
      primary: true,
      handle: async ({ query }, { req, res }) => {
        const github = requireGithub();
        const expected = readCookie(req, STATE_COOKIE);
        res.clearCookie(STATE_COOKIE, stateCookie);
        if (!expected || !query.state || query.state !== expected) {
          throw new AppError('validation_failed', 'The sign-in link has expired or did not start here; please start again');
        }
        if (query.error || !query.code) {
          throw new AppError('validation_failed', `GitHub did not sign you in (${query.error ?? 'no code'}); please start again`);
        }
        const profile = await fetchGithubProfile(github, query.code, redirectUri);
        const user = await signInWithGithub(db, profile);
        await signIn(req, res, user.id);
        return { status: 302, headers: { location: '/' } };
      },
    },
  });
}
