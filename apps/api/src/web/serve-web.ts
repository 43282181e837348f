import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PAGE_RENDER_HEADER, PAGE_VISITOR_HEADER, type PageRenderContext } from '@stackyard/contract';
import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import { readCookie, sessionCookieName } from '../auth/session-cookie.js';
import { WROTE_COOKIE } from '../database/read-routing.js';
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
  /** The web app's source folder: served through Vite's dev server (hot reload) instead of the build. */
  devSource: string | null;
  config: AppConfig;
  /** Proves a loopback read is this process's own page render (see page-render-trust.ts). */
  renderSecret: string;
}

/**
 * The site: the browser's files (hashed assets cached for a year), then every other URL rendered on the
 * server by the web's built page handler, loaded at run time from the build folder. Without a build, a
 * short page says how to make one.
 */
export function webRouter({ webDir, devSource, config, renderSecret }: WebOptions): Router {
  const router = Router();
  const contextFor = pageContext(config, renderSecret);
  if (devSource) return devWebRouter(router, devSource, contextFor);
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

  let loading: Promise<RequestHandler> | undefined;
  const load = async () => {
    const module = (await import(pathToFileURL(serverEntry).href)) as PageHandlerModule;
    return module.createPageHandler({ mode: config.production ? 'production' : 'development', contextFor });
  };
  router.use((req, res, next) => {
    // A visitor who left while the request waited gets no render: nobody would read it, and its socket no
    // longer says which listener the render's API calls should go back to.
    loading ??= load();
    loading.then((handler) => {
      if (!req.socket.destroyed) handler(req, res, next);
    }, next);
  });
  return router;
}

/**
 * Development: Vite's middleware serves the browser's modules with hot reload, and every page request
 * renders with the page handler loaded fresh from source (Vite reloads what changed).
 */
function devWebRouter(router: Router, source: string, contextFor: PageContextFor): Router {
  type DevServer = { middlewares: RequestHandler; ssrLoadModule(path: string): Promise<unknown> };
  let starting: Promise<DevServer> | undefined;
  const start = async (): Promise<DevServer> => {
    // Vite is the web app's own dependency, resolved from its folder: the API does not depend on it.
    const require = createRequire(join(source, 'package.json'));
    const exported = (require('vite/package.json') as { exports: { '.': string | { import: string } } }).exports['.'];
    const vitePath = join(dirname(require.resolve('vite/package.json')), typeof exported === 'string' ? exported : exported.import);
    const vite = (await import(pathToFileURL(vitePath).href)) as { createServer(options: object): Promise<DevServer> };
    return vite.createServer({ root: source, server: { middlewareMode: true }, appType: 'custom' });
  };
  router.use((req, res, next) => {
    starting ??= start();
    starting.then((vite) => vite.middlewares(req, res, next), next);
  });
  router.use((req, res, next) => {
    starting ??= start();
    starting
      .then((vite) => vite.ssrLoadModule('./server/page-handler.ts'))
      .then((module) => (module as PageHandlerModule).createPageHandler({ mode: 'development', contextFor })(req, res, next), next);
  });
  return router;
}

type PageContextFor = (req: Request, res: Response) => PageRenderContext;

/** Per page request, what its render needs to reach the API as the visitor (see PageRenderContext). */
function pageContext(config: AppConfig, renderSecret: string): PageContextFor {
  const cookieName = sessionCookieName(config);
  return (req, res) => {
    const session = readCookie(req, cookieName);
    const apiHeaders: Record<string, string> = {
      [PAGE_RENDER_HEADER]: renderSecret,
      [PAGE_VISITOR_HEADER]: req.ip ?? '',
      'x-request-id': String(req.id),
    };
    // Only the session cookie, and the one that says they have just written (their reads stay on the
    // primary), travel to the API: the visitor's other cookies are none of its business.
    const wrote = readCookie(req, WROTE_COOKIE);
    const cookies = [...(session ? [`${cookieName}=${encodeURIComponent(session)}`] : []), ...(wrote ? [`${WROTE_COOKIE}=${encodeURIComponent(wrote)}`] : [])];
    if (cookies.length > 0) apiHeaders.cookie = cookies.join('; ');
    const userAgent = req.get('user-agent');
    if (userAgent) apiHeaders['user-agent'] = userAgent;
    return {
      apiOrigin: loopbackOrigin(req),
      apiHeaders,
      publicOrigin: config.publicOrigin,
      nonce: nonceOf(res),
      requestId: String(req.id),
      hasSession: session !== null,
      githubSignIn: config.github !== null,
    };
  };
}

/** The listener this request arrived on, as seen from this machine: the render's API calls go back there. */
function loopbackOrigin(req: Request): string {
  const address = (req.socket.localAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
  const host = address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${req.socket.localPort}`;
}
