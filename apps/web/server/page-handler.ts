import { createRequestHandler } from '@react-router/express';
import type { PageRenderContext } from '@stackyard/contract';
import type { Request, RequestHandler, Response } from 'express';
import 'react-router';

declare module 'react-router' {
  // What every loader finds in `context`: see PageRenderContext.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AppLoadContext extends PageRenderContext {}
}

/**
 * The site as one Express handler. The API mounts it after /api, handing it, per request, the facts a
 * render needs (PageRenderContext); the site builds its own typed client from them.
 */
export function createPageHandler(options: {
  /** 'production' hides error details from visitors; 'development' shows them. */
  mode: 'production' | 'development' | 'test';
  contextFor: (req: Request, res: Response) => PageRenderContext;
}): RequestHandler {
  return createRequestHandler({
    // Resolved by React Router's Vite plugin to the routes, entry.server and root of this build.
    build: () => import('virtual:react-router/server-build'),
    getLoadContext: (req, res) => options.contextFor(req, res),
    mode: options.mode,
  });
}
