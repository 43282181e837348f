import { summarizeIssues } from '@stackyard/contract';
import type { RequestHandler } from 'express';
import type { z } from 'zod';
import { AppError } from '../errors/app-error.js';

interface Schemas {
  query?: z.ZodType;
  params?: z.ZodType;
  body?: z.ZodType;
}

/**
 * Parses the request's path parameters, query and body with a contract's zod schemas. The parsed values go
 * to `res.locals.input`, where mountRoutes hands them to the handler; the first problem becomes a 400
 * "path: message", and every problem is in details.
 */
export function validate(schemas: Schemas): RequestHandler {
  return (req, res, next) => {
    const input: Record<string, unknown> = {};
    for (const part of ['params', 'query', 'body'] as const) {
      const schema = schemas[part];
      if (!schema) continue;
      const result = schema.safeParse(part === 'body' ? (req.body ?? {}) : req[part]);
      if (!result.success) {
        const issues = summarizeIssues(result.error, part);
        const first = issues[0]!;
        throw new AppError('validation_failed', `${first.path}: ${first.message}`, { issues });
      }
      input[part] = result.data;
    }
    res.locals.input = input;
    next();
  };
}
