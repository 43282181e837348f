import { LOGO_FILE_PATTERN } from '@stackyard/catalogue/logos';
import { Router, type NextFunction, type Response } from 'express';
import { AppError } from '../errors/app-error.js';

/**
 * An SVG is a document that can carry scripts: opened on its own (not through <img>), nothing in it may
 * run or load, and the browser must not guess another type. Logos are public images the API hands out as
 * logoUrl, so other sites may show them too (helmet's default would refuse them to other origins).
 */
const LOGO_HEADERS = {
  'Content-Type': 'image/svg+xml',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

const noSuchLogo = () => AppError.notFound('This logo');

/**
 * Serves `/logos/<slug>.<hash>.svg` from the catalogue's build. A name changes whenever its drawing does,
 * so every file is cached for a year as immutable. Anything else under /logos is a JSON 404, never the
 * web app's page.
 */
export function logosRouter(logosDir: string): Router {
  const router = Router();
  router.get('/:file', (req, res, next) => {
    const { file } = req.params;
    // The pattern admits no separator and no dot file, so the name cannot leave the folder.
    if (!LOGO_FILE_PATTERN.test(file)) return next(noSuchLogo());
    res.sendFile(file, { root: logosDir, headers: LOGO_HEADERS, maxAge: '1y', immutable: true }, (error) =>
      sent(error, res, next),
    );
  });
  router.use((_req, _res, next) => next(noSuchLogo()));
  return router;
}

function sent(error: unknown, res: Response, next: NextFunction): void {
  if (!error || res.headersSent) return;
  const status = (error as { status?: unknown }).status;
  next(status === 404 ? noSuchLogo() : error);
}
