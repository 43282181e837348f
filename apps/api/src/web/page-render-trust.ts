import { randomBytes, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { PAGE_RENDER_HEADER, PAGE_VISITOR_HEADER } from '@stackyard/contract';
import type { Request, RequestHandler } from 'express';

/**
 * The site's server render reads the API over loopback, so to the API every such read comes from
 * 127.0.0.1. The render proves it is this process's own with a secret made at start and names the visitor
 * it renders for; only then does the API count the read (rate limits, views) against the visitor's address.
 * Anyone else sending these headers is ignored, the headers dropped.
 */
export function createPageRenderSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function acceptPageRenders(secret: string): RequestHandler {
  const expected = Buffer.from(secret);
  return (req, _res, next) => {
    const given = req.headers[PAGE_RENDER_HEADER];
    const visitor = req.headers[PAGE_VISITOR_HEADER];
    delete req.headers[PAGE_RENDER_HEADER];
    delete req.headers[PAGE_VISITOR_HEADER];
    if (typeof given === 'string' && typeof visitor === 'string' && isLoopback(req) && isIP(visitor) !== 0) {
      const provided = Buffer.from(given);
      if (provided.length === expected.length && timingSafeEqual(provided, expected)) {
        Object.defineProperty(req, 'ip', { value: visitor, configurable: true });
      }
    }
    next();
  };
}

function isLoopback(req: Request): boolean {
  const address = req.socket.remoteAddress ?? '';
  // Loopback, or this machine's own address when the listener is bound to it.
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1' || address === req.socket.localAddress;
}
