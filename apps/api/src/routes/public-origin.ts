import type { Request } from 'express';
import type { AppConfig } from '../config.js';

/** The site's address as links in feeds and redirects should use it. */
export function publicOrigin(req: Request, config: AppConfig): string {
  return config.publicOrigin ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}
