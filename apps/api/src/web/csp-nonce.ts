import { randomBytes } from 'node:crypto';
import type { RequestHandler, Response } from 'express';

/** A fresh nonce per response: the only inline scripts the page may run are the ones the render marked. */
export function cspNonce(): RequestHandler {
  return (_req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString('base64');
    next();
  };
}

export function nonceOf(res: Response): string {
  return String(res.locals.cspNonce);
}
