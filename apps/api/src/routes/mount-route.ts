import {
  bySpecificity,
  describeRoute,
  formatIssues,
  summarizeIssues,
  type Access,
  type ParsedRequest,
  type RouteContract,
  type RouteResult,
} from '@stackyard/contract';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request, RequestHandler, Response, Router } from 'express';
import { readCookie } from '../auth/session-cookie.js';
import { isAdmin, isModerator, viewerOf, type Viewer } from '../auth/viewer.js';
import { WROTE_COOKIE, type ReadRouting } from '../database/read-routing.js';
import { AppError } from '../errors/app-error.js';
import { isSafeMethod } from '../middleware/http-methods.js';
import { validate } from '../middleware/validate.js';
import { cacheHeadersOf } from './cache-control.js';

/** Who a handler can count on: nobody for public routes, maybe someone for viewer ones, a person otherwise. */
type ViewerFor<Level extends Access> = Level extends 'public' ? null : Level extends 'viewer' ? Viewer | null : Viewer;

/** What a handler receives: the request parsed by its contract's schemas, and the viewer its access allows. */
export type RouteInput<Contract extends RouteContract> = ParsedRequest<Contract> & { viewer: ViewerFor<Contract['access']> };

/**
 * Answers one request: returns a status of its contract with a body of that status's schema. `req` and
 * `res` are there for what a contract does not describe (cookies, the client's address).
 */
export type Handler<Contract extends RouteContract> = (
  input: RouteInput<Contract>,
  http: { req: Request; res: Response },
) => RouteResult<Contract> | Promise<RouteResult<Contract>>;

/**
 * A handler, or a handler with middleware (rate limits) that runs after access and validation, and with
 * `primary` when it must read the primary database although its method is safe (it writes, or it is
 * about the primary itself, as the health checks are).
 */
export type RouteImplementation<Contract extends RouteContract> =
  | Handler<Contract>
  | { use?: RequestHandler[]; handle: Handler<Contract>; primary?: true };

export type Implementation<Group extends Record<string, RouteContract>> = {
  [Name in keyof Group]: RouteImplementation<Group[Name]>;
};

/** A contract with its handler, its types checked and erased, ready to mount. */
export interface MountableRoute {
  contract: RouteContract;
  use: RequestHandler[];
  primary: boolean;
  handle: (input: { params: unknown; query: unknown; body: unknown; viewer: Viewer | null }, http: { req: Request; res: Response }) => unknown;
}

/** Pairs every contract of a resource with its handler; the compiler checks that none is missing. */
export function implement<Group extends Record<string, RouteContract>>(group: Group, implementation: Implementation<Group>): MountableRoute[] {
  return Object.entries(group).map(([name, contract]) => {
    const route = implementation[name as keyof Group] as unknown as RouteImplementation<RouteContract>;
    const { use = [], handle, primary = false } = typeof route === 'function' ? { handle: route } : route;
    return { contract, use, primary, handle: handle as MountableRoute['handle'] };
  });
}

const ROLE_NAMES: Record<'moderator' | 'admin', string> = { moderator: 'moderators', admin: 'admins' };

/**
 * Enforces a contract's `access` before anything reads the request: 401 without a viewer, 403 without the
 * role. A suspended account has no role above member, and any change it asks for is a 403 unless the
 * contract allows it (`allowSuspended`: signing out, looking after its own account).
 */
function checkAccess(contract: RouteContract): RequestHandler {
  const { access } = contract;
  return (req, res, next) => {
    const viewer = viewerOf(res);
    if (viewer?.suspended && !isSafeMethod(req.method) && !contract.allowSuspended) {
      throw new AppError('forbidden', 'This account is suspended by the moderators; it cannot change anything');
    }
    if (access === 'public' || access === 'viewer') return next();
    if (!viewer) throw new AppError('unauthenticated', 'Sign in to do this');
    if (access === 'member') return next();
    if (viewer.suspended) throw new AppError('forbidden', `This account is suspended; only ${ROLE_NAMES[access]} in good standing can do this`);
    if (!(access === 'moderator' ? isModerator(viewer) : isAdmin(viewer))) throw new AppError('forbidden', `Only ${ROLE_NAMES[access]} can do this`);
    next();
  };
}

/** The dotted paths of fields `sent` has that the schema's output `kept` dropped: fields no contract names. */
function undocumentedFields(sent: unknown, kept: unknown, path: string[] = []): string[] {
  if (Array.isArray(sent) && Array.isArray(kept)) {
    return sent.flatMap((item, index) => undocumentedFields(item, kept[index], [...path, String(index)]));
  }
  if (sent && kept && typeof sent === 'object' && typeof kept === 'object') {
    return Object.entries(sent).flatMap(([key, value]) =>
      key in kept ? undocumentedFields(value, (kept as Record<string, unknown>)[key], [...path, key]) : [[...path, key].join('.')],
    );
  }
  return [];
}

/**
 * Holds an answer against its contract (used in tests): a status it does not list, a body its schema refuses,
 * or a field it does not name becomes a 500 whose message names the endpoint and the field.
 */
export function checkAnswer(contract: RouteContract, status: number, body: unknown): void {
  const spec = contract.responses[status];
  const drift = (what: string, details?: unknown) => {
    throw new AppError('internal', `Contract drift: ${describeRoute(contract)} answered ${status} ${what}`, details);
  };
  if (!spec) return drift('(a status its contract does not list)');
  if (!spec.schema || spec.contentType) return;
  // What the client will read: JSON, so a Date is already a string.
  const sent: unknown = body === undefined ? undefined : JSON.parse(JSON.stringify(body));
  const parsed = spec.schema.safeParse(sent);
  if (!parsed.success) {
    const issues = summarizeIssues(parsed.error);
    return drift(`with a body its contract does not allow: ${formatIssues(issues)}`, { issues });
  }
  const extra = undocumentedFields(sent, parsed.data);
  if (extra.length > 0) drift(`with fields its contract does not name: ${extra.slice(0, 5).join(', ')}`, { fields: extra });
}

function send(contract: RouteContract, result: { status: number; body?: unknown; headers?: Record<string, string> }, res: Response): void {
  if (result.headers) res.set(result.headers);
  res.status(result.status);
  if (result.body === undefined) {
    res.end();
    return;
  }
  const contentType = contract.responses[result.status]?.contentType;
  if (!contentType) {
    res.json(result.body);
    return;
  }
  // A handler may name the exact type of a file it sends (within what its contract documents).
  if (!res.get('Content-Type')) res.type(contentType);
  // A file is streamed rather than read whole; one that fails midway ends the answer early.
  const body = result.body;
  if (typeof body !== 'object' || body === null || !(Symbol.asyncIterator in body)) {
    res.send(body);
    return;
  }
  const stream = body instanceof Readable ? body : Readable.from(body as AsyncIterable<unknown>);
  // Its ETag (set by the handler) still matching what the client holds: nothing to send.
  if (res.req.fresh) {
    stream.destroy();
    res.status(304).end();
    return;
  }
  pipeline(stream, res).catch(() => res.destroy());
}

export interface MountOptions {
  /** The contracts the routes must implement, each exactly once: the registry, for the API. */
  contracts: readonly RouteContract[];
  /** Check every answer against its contract before sending it (tests turn this on). */
  checkAnswers: boolean;
  /** Public reads to the read replica, and the cookie that keeps a writer's reads on the primary; null: none. */
  readRouting?: { routing: ReadRouting; secureCookie: boolean } | null;
  /** Told after every change that succeeded, its transaction committed, before the answer is sent. */
  wrote?: () => void;
}

/**
 * Whether a request's reads may come from the replica: a safe method, a route that does not need the
 * primary, no API token (scripts read what they just wrote, and keep no cookie) and no write by this
 * visitor within the last few seconds (the cookie below).
 */
function readsFromReplica(req: Request, route: MountableRoute): boolean {
  return isSafeMethod(req.method) && !route.primary && !req.headers.authorization && readCookie(req, WROTE_COOKIE) === null;
}

/**
 * Mounts every route on `router`, which Express mounts at `base` (`/api`). Each route checks its access,
 * then validates params, query and body with its schemas, runs its middleware, and sends what the handler
 * returns. Routes are mounted literal segments first, so the order of the list does not matter; every
 * contract of `options.contracts` must be implemented exactly once.
 */
export function mountRoutes(router: Router, base: string, routes: MountableRoute[], options: MountOptions): void {
  const implemented = new Map(routes.map((route) => [route.contract.operationId, route]));
  const missing = options.contracts.filter((contract) => !implemented.has(contract.operationId));
  if (missing.length > 0 || implemented.size !== routes.length || routes.length !== options.contracts.length) {
    throw new Error(`Every contract needs exactly one handler; missing: ${missing.map(describeRoute).join(', ') || 'none'}`);
  }

  const reads = options.readRouting ?? null;
  for (const route of [...routes].sort((a, b) => bySpecificity(a.contract, b.contract))) {
    const { contract, use, handle } = route;
    if (!contract.path.startsWith(`${base}/`)) throw new Error(`${describeRoute(contract)} is not below ${base}`);
    const answer: RequestHandler = async (req, res) => {
      const { params, query, body } = res.locals.input as { params: unknown; query: unknown; body: unknown };
      const viewer = contract.access === 'public' ? null : viewerOf(res);
      const run = () => handle({ params, query, body, viewer }, { req, res }) as Promise<{ status: number; body?: unknown; headers?: Record<string, string> }>;
      const result = reads && readsFromReplica(req, route) ? await reads.routing.onReplica(run) : await run();
      if (!isSafeMethod(req.method) && result.status < 400) {
        options.wrote?.();
        if (reads) res.cookie(WROTE_COOKIE, '1', { maxAge: reads.routing.readYourWritesMs, httpOnly: true, sameSite: 'lax', secure: reads.secureCookie, path: '/' });
      }
      if (options.checkAnswers) checkAnswer(contract, result.status, result.body);
      res.set(cacheHeadersOf(contract, result.status, viewer));
      send(contract, result, res);
    };
    router[contract.method](contract.path.slice(base.length), checkAccess(contract), validate(contract.request ?? {}), ...use, answer);
  }
}
