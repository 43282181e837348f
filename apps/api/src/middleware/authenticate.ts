import type { RequestHandler } from 'express';
import { clearSessionCookie, readCookie, sessionCookieName, setSessionCookie } from '../auth/session-cookie.js';
import type { AppContext } from '../context.js';
import { AppError } from '../errors/app-error.js';
import { authenticateApiToken } from '../services/api-token-service.js';
import { validateSession } from '../services/session-service.js';

/**
 * Finds who is asking: an `Authorization: Bearer` API token, or else the session cookie. Puts the viewer
 * (see auth/viewer.ts) and the session id on res.locals. A bearer header that does not name a live token is
 * a 401 at once; a dead cookie is cleared and the request goes on signed out.
 */
export function authenticate({ db, config, clock }: AppContext): RequestHandler {
  const cookieName = sessionCookieName(config);
  return async (req, res, next) => {
    const authorization = req.headers.authorization;
    if (authorization !== undefined) {
      const secret = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
      const viewer = secret ? await authenticateApiToken(db, secret, clock()) : null;
      if (!viewer) throw new AppError('unauthenticated', 'The API token is missing, malformed, revoked or expired');
      res.locals.viewer = viewer;
      return next();
    }

    const token = readCookie(req, cookieName);
    if (token) {
      const session = token.length <= 100 ? await validateSession(db, token, clock()) : null;
      if (!session) {
        clearSessionCookie(res, config);
      } else {
        res.locals.viewer = session.viewer;
        res.locals.sessionId = session.id;
        res.locals.sessionToken = token;
        if (session.renewed) setSessionCookie(res, config, token, session.expiresAt);
      }
    }
    next();
  };
}

/** The id (SHA-256) of the session this request came with, when it came with one. */
export function sessionIdOf(res: { locals: Record<string, unknown> }): string | null {
  return (res.locals.sessionId as string | undefined) ?? null;
}
