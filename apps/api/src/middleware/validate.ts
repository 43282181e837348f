import type { RequestHandler } from 'express';
import type { z } from 'zod';
import { AppError } from '../errors/app-error.js';

interface Schemas {
  query?: z.ZodType;
  params?: z.ZodType;
  body?: z.ZodType;
}

/** What `validate()` parsed, typed by the schemas given to it. */
export type Validated<S extends Schemas> = {
  [K in keyof S]: S[K] extends z.ZodType ? z.output<S[K]> : never;
};

/**
 * Parses the request's query, path parameters and body with the domain's zod schemas. The parsed values go
 * to `res.locals.input`; the first problem becomes a 400 "path: message", and every problem is in details.
 */
export function validate<S extends Schemas>(schemas: S): RequestHandler {
  return (req, res, next) => {
    const input: Record<string, unknown> = {};
    for (const part of ['params', 'query', 'body'] as const) {
      const schema = schemas[part];
      if (!schema) continue;
      const result = schema.safeParse(part === 'body' ? (req.body ?? {}) : req[part]);
      if (!result.success) {
        const issues = result.error.issues.map((issue) => ({
          path: [part, ...issue.path.map(String)].join('.'),
          message: issue.message,
        }));
        const first = issues[0]!;
        throw new AppError('validation_failed', `${first.path}: ${first.message}`, { issues });
      }
      input[part] = result.data;
    }
    res.locals.input = input;
    next();
  };
}

/** The parsed input of the current request, as validated by `validate(schemas)`. */
export function inputOf<S extends Schemas>(res: { locals: Record<string, unknown> }, _schemas: S): Validated<S> {
  return res.locals.input as Validated<S>;
}
