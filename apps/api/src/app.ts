import express, { type Express } from 'express';
import helmet from 'helmet';
import type { AppContext } from './context.js';
import { errorHandler } from './middleware/error-handler.js';
import { requestLogger } from './middleware/request-logger.js';
import { apiRouter } from './routes/api-router.js';
import { logosRouter } from './web/serve-logos.js';
import { webRouter } from './web/serve-web.js';

/** Largest JSON body accepted; beyond it the answer is 413. */
export const JSON_BODY_LIMIT = '100kb';

/** The Express application: security headers, logs, JSON bodies, the API, then the web app. */
export function createApp(context: AppContext): Express {
  const app = express();
  app.disable('x-powered-by');
  // req.ip and req.protocol believe X-Forwarded-* only from the peers TRUST_PROXY names (nobody by default).
  app.set('trust proxy', context.config.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          baseUri: ["'none'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          imgSrc: ["'self'", 'data:', 'https:'],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
        },
      },
    }),
  );
  app.use(requestLogger(context.logger));
  app.use(express.json({ limit: JSON_BODY_LIMIT }));
  app.use('/api', apiRouter(context));
  app.use('/logos', logosRouter(context.config.logosDir));
  app.use(webRouter(context.webDir));
  app.use(errorHandler);
  return app;
}
