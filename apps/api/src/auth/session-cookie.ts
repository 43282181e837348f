import type { Request, Response } from 'express';
import type { AppConfig } from '../config.js';

/**
 * The session cookie: HttpOnly, SameSite=Lax, Path=/; in production also Secure with the __Host- prefix,
 * which browsers only accept from a secure origin, without a Domain, for the whole site.
 */
export function sessionCookieName(config: Pick<AppConfig, 'production'>): string {
  return config.production ? '__Host-stackyard_session' : 'stackyard_session';
}

export function setSessionCookie(res: Response, config: AppConfig, token: string, expiresAt: Date): void {
  res.cookie(sessionCookieName(config), token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: config.production,
    expires: expiresAt,
  });
}

export function clearSessionCookie(res: Response, config: AppConfig): void {
  res.clearCookie(sessionCookieName(config), { httpOnly: true, sameSite: 'lax', path: '/', secure: config.production });
}

/** One cookie's value from the request's Cookie header (no parser middleware needed for a single cookie). */
export function readCookie(req: Request, name: string): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator === -1) continue;
    if (part.slice(0, separator).trim() !== name) continue;
    const value = part.slice(separator + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return null;
    }
  }
  return null;
}
