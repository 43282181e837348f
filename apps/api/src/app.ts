import express, { type Express, type Response } from 'express';
import helmet from 'helmet';
import { DETECT_LIMITS } from '@stackyard/domain';
import type { AppContext } from './context.js';
import { measureRequests } from './metrics.js';
import { errorHandler } from './middleware/error-handler.js';
import { requestLogger } from './middleware/request-logger.js';
import { apiRouter } from './routes/api-router.js';
import { cspNonce, nonceOf } from './web/csp-nonce.js';
import { acceptPageRenders, createPageRenderSecret } from './web/page-render-trust.js';
import { logosRouter } from './web/serve-logos.js';
import { webRouter } from './web/serve-web.js';

/** Largest JSON body accepted; beyond it the answer is 413. */
export const JSON_BODY_LIMIT = '100kb';
/** Detection reads a tree's manifests: its own, larger limit (the files' own limits, with room for JSON escapes). */
export const DETECT_BODY_LIMIT = `${Math.ceil((DETECT_LIMITS.totalBytes * 1.25) / 1024)}kb`;

/** The Express application: security headers, logs, JSON bodies, the API, then the web app. */
export function createApp(context: AppContext): Express {
  const app = express();
  app.disable('x-powered-by');
  // req.ip and req.protocol believe X-Forwarded-* only from the peers TRUST_PROXY names (nobody by default).
  app.set('trust proxy', context.config.trustProxy);
  const renderSecret = context.pageRenderSecret ?? createPageRenderSecret();
  app.use(measureRequests(context.metrics));
  app.use(cspNonce());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          baseUri: ["'none'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          imgSrc: ["'self'", 'data:', 'https:'],
          // Inline scripts run only with this response's nonce (the page's hydration data and bootstrap).
          scriptSrc: ["'self'", (_req, res) => `'nonce-${nonceOf(res as Response)}'`],
          styleSrc: ["'self'", "'unsafe-inline'"],
          // Vite's hot reload talks over its own WebSocket port in development.
          ...(context.webDevSource ? { connectSrc: ["'self'", 'ws://localhost:24678'] } : {}),
        },
      },
      // Not helmet's no-referrer: with it Chromium sends `Origin: null` on the site's own form posts, which
      // the page handler must refuse as cross-site. Other sites still see only the origin, never the path.
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    }),
  );
  app.use(requestLogger(context.logger));
  // Bodies are parsed for the API only: the pages read none, and a parser in front of them would eat them.
  // (A body parsed once is not parsed again: detection's larger limit applies to its path alone.)
  app.use('/api/v1/detect', express.json({ limit: DETECT_BODY_LIMIT }));
  app.use('/api', acceptPageRenders(renderSecret), express.json({ limit: JSON_BODY_LIMIT }), apiRouter(context));
  app.use('/logos', logosRouter(context.config.logosDir));
  app.use(webRouter({ webDir: context.webDir, devSource: context.webDevSource ?? null, config: context.config, renderSecret }));
  app.use(errorHandler);
  return app;
}
