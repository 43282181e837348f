import type { NextFunction, Request, Response } from 'express';
import { errorHandler } from '../middleware/error-handler.js';

/** What the error handler answers for an error (status, headers, body), without a server. */
export function errorAnswer(error: unknown): { status?: number; body?: unknown; headers: Record<string, string> } {
  const sent: { status?: number; body?: unknown; headers: Record<string, string> } = { headers: {} };
  const res = {
    headersSent: false,
    hasHeader: (name: string) => name in sent.headers,
    setHeader: (name: string, value: string) => (sent.headers[name] = value),
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: unknown) {
      sent.body = body;
      return this;
    },
  } as unknown as Response;
  const req = { log: { error: () => {}, warn: () => {} } } as unknown as Request;
  errorHandler(error, req, res, (() => {}) as NextFunction);
  return sent;
}
