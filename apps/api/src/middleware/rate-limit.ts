import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { RedisStore } from 'rate-limit-redis';
import type { RateLimitConfig, RateLimitRule } from '../config.js';
import { AppError } from '../errors/app-error.js';
import { redisKeyPrefix, type RateLimitBackend } from '../rate-limit-backend.js';
import { REFUSED_BY } from '../metrics.js';
import { FallbackStore } from './fallback-store.js';

/** Declared in rate-limit-backend.ts; still exported here for the modules that import it from here. */

export interface LimiterOptions {
  /** Names the limit in keys and in the error message, e.g. "sign-in attempts". */
  name: string;
  rule: RateLimitRule;
  /** What is counted: an IP, an account, a user; null lets the request through uncounted. */
  key: (req: Request, res: Response) => string | null;
  /** Count only requests that fail (sign-in attempts). */
  onlyFailures?: boolean;
}

const pass: RequestHandler = (_req, _res, next) => next();

/** The client's address as a rate-limit key (IPv6 addresses grouped by /56, as one subscriber holds). */
export function ipKey(req: Request): string {
  return ipKeyGenerator(req.ip ?? 'unknown');
}

/**
 * A fixed-window limiter answering 429 with Retry-After in the API's error shape. Off when the
 * configuration turns limits off (load tests and benchmarks only; never the default).
 */
export function createLimiter(config: RateLimitConfig, backend: RateLimitBackend, options: LimiterOptions): RequestHandler {
  if (!config.enabled) return pass;
  return rateLimit({
    windowMs: options.rule.windowMs,
    limit: options.rule.limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skipSuccessfulRequests: options.onlyFailures ?? false,
    skip: (req, res) => options.key(req, res) === null,
    keyGenerator: (req, res) => options.key(req, res) ?? '',
    ...(backend.kind === 'redis'
      ? {
          store: new FallbackStore(
            new RedisStore({ prefix: redisKeyPrefix(backend, options.name.replace(/\W+/g, '-')), sendCommand: (...args: string[]) => backend.sendCommand(args) as never }),
            backend,
          ),
        }
      : {}),
    handler: (req, res, next) => {
      const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const seconds = Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now() + options.rule.windowMs) - Date.now()) / 1000));
      res.setHeader('Retry-After', String(seconds));
      res.locals[REFUSED_BY] = options.name;
      next(new AppError('rate_limited', `Too many ${options.name}; try again in ${seconds} s`, { retryAfterSeconds: seconds }));
    },
  });
}
