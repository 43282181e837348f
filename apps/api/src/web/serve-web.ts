import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PAGE_RENDER_HEADER, PAGE_VISITOR_HEADER, type PageRenderContext } from '@stackyard/contract';
import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import { readCookie, sessionCookieName } from '../auth/session-cookie.js';
import type { AppConfig } from '../config.js';
import { nonceOf } from './csp-nonce.js';

/** What the web's built server entry (apps/web/server/page-handler.ts) exports. */
interface PageHandlerModule {
  createPageHandler(options: {
    mode: 'production' | 'development';
    contextFor: (req: Request, res: Response) => PageRenderContext;
  }): RequestHandler;
}

export interface WebOptions {
  /** The web app's build folder (client/ and server/), or null to serve the API alone. */
  webDir: string | null;
  config: AppConfig;
  /** Proves a loopback read is this process's own page render (see page-render-trust.ts). */
  renderSecret: string;
}

/**
 * The site: the browser's files (hashed assets cached for a year), then every other URL rendered on the
 * server by the web's built page handler, loaded at run time from the build folder. Without a build, a
 * short page says how to make one.
 */
export function webRouter({ webDir, config, renderSecret }: WebOptions): Router {
  const router = Router();
  const serverEntry = webDir ? join(webDir, 'server', 'index.js') : null;
  if (!webDir || !serverEntry || !existsSync(serverEntry)) {
    router.get('/{*path}', (_req, res) => {
      res.status(503).type('text').send('The web app is not built yet: run `npm run up` (or `pnpm build`) first.');
    });
    return router;
  }
  const client = join(webDir, 'client');
  router.use('/assets', express.static(join(client, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  router.use(express.static(client, { index: false, maxAge: '1h' }));

  const cookieName = sessionCookieName(config);
  const contextFor = (req: Request, res: Response): PageRenderContext => {
    const session = readCookie(req, cookieName);
    const apiHeaders: Record<string, string> = {
      [PAGE_RENDER_HEADER]: renderSecret,
      [PAGE_VISITOR_HEADER]: req.ip ?? '',
      'x-request-id': String(req.id),
    };
    // Only the session cookie travels to the API: the visitor's other cookies are none of its business.
    if (session) apiHeaders.cookie = `${cookieName}=${encodeURIComponent(session)}`;
    const userAgent = req.get('user-agent');
    if (userAgent) apiHeaders['user-agent'] = userAgent;
    return {
      apiOrigin: loopbackOrigin(req),
      apiHeaders,
      publicOrigin: config.publicOrigin,
      nonce: nonceOf(res),
      requestId: String(req.id),
      hasSession: session !== null,
    };
  };

  let loading: Promise<RequestHandler> | undefined;
  const load = async () => {
    const module = (await import(pathToFileURL(serverEntry).href)) as PageHandlerModule;
    return module.createPageHandler({ mode: config.production ? 'production' : 'development', contextFor });
  };
  router.use((req, res, next) => {
    loading ??= load();
    loading.then((handler) => handler(req, res, next), next);
  });
  return router;
}

/** The listener this request arrived on, as seen from this machine: the render's API calls go back there. */
function loopbackOrigin(req: Request): string {
  const address = (req.socket.localAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
  const host = address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${req.socket.localPort}`;
}
