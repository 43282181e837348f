import type { z } from 'zod';
import { describeAddress } from './http.js';

import type { HttpMethod } from './http.js';

export type { HttpMethod };

/**
 * Who may call an endpoint; the server checks it before it reads the request.
 * - public: anyone, and the answer is the same for everyone;
 * - viewer: anyone, signed in or not (the answer may say what the viewer follows or voted);
 * - member: signed in (401 otherwise);
 * - moderator, admin: signed in with that role or a higher one (401, then 403).
 */
export const ACCESS_LEVELS = ['public', 'viewer', 'member', 'moderator', 'admin'] as const;
export type Access = (typeof ACCESS_LEVELS)[number];

/** One successful answer. Without `contentType` it is JSON described by `schema`; with one, text. */
export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  contentType?: string;
}

/** What one endpoint accepts and answers, as its author writes it in a contract file. */
export interface RouteSpec {
  method: HttpMethod;
  /** The full path as Express writes it, parameters as `:name`: `/api/v1/tools/:slug`. */
  path: string;
  summary: string;
  tags: readonly string[];
  access: Access;
  request?: {
    params?: z.ZodObject;
    query?: z.ZodObject;
    body?: z.ZodType;
  };
  /** Successful answers by status; errors share one documented shape and are derived from the rest. */
  responses: Record<number, ResponseSpec>;
  /** Error answers this endpoint gives beyond the ones its access, method and request imply. */
  errors?: Partial<Record<ErrorStatus, string>>;
  /**
   * A change a suspended account may still make: looking after its own account (password, sessions,
   * tokens, deleting it) and signing out. A suspended account reads everything its access allows, but every
   * other change is a 403, and it has no moderator or admin powers at all.
   */
  allowSuspended?: true;
}

/** A contract as the registry holds it: its spec, plus the name the client calls it by (`tools.get`). */
export type RouteContract<Spec extends RouteSpec = RouteSpec> = Spec & { operationId: string };

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 503;

/**
 * Every endpoint checks an `Authorization` header when one is sent, public ones too, and answers 401 when it
 * names no live API token. Endpoints that take no input list it: it is the one mistake a caller can make there.
 */
export const DEAD_TOKEN_ERROR = 'The `Authorization` header names no live API token (one sent to a public endpoint is checked too)';

/**
 * The contracts of one resource (`/api/v1/tools...`), named as the client calls them: `defineRoutes('tools',
 * { get: {...} })` becomes `client.tools.get(...)`, with operationId `tools.get` in the OpenAPI document.
 * Literal types are kept, so the server's handlers and the client are typed by the schemas.
 */
export function defineRoutes<const Group extends Record<string, RouteSpec>>(
  resource: string,
  routes: Group,
): { [Name in keyof Group]: RouteContract<Group[Name]> } {
  return Object.fromEntries(
    Object.entries(routes).map(([name, spec]) => [name, { ...spec, operationId: `${resource}.${name}` }]),
  ) as { [Name in keyof Group]: RouteContract<Group[Name]> };
}

/** `/api/v1/tools/:slug` -> `/api/v1/tools/{slug}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** `GET /api/v1/tools/:slug (tools.get)`: how errors and tests name an endpoint. */
export function describeRoute(contract: RouteContract): string {
  return describeAddress(contract);
}

/**
 * Orders contracts so that, at the first segment where two paths differ, a literal segment comes before a
 * parameter: `/tools/trending` is tried before `/tools/:slug` whatever order the files list them in. Literal
 * segments compare alphabetically and parameters equal each other, so this is a total order.
 */
export function bySpecificity(a: RouteContract, b: RouteContract): number {
  const left = a.path.split('/');
  const right = b.path.split('/');
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    const l = left[index]!;
    const r = right[index]!;
    const lParam = l.startsWith(':');
    const rParam = r.startsWith(':');
    if (lParam !== rParam) return lParam ? 1 : -1;
    if (!lParam && l !== r) return l < r ? -1 : 1;
  }
  return left.length - right.length;
}

// ---- Types derived from a contract, shared by the server's handlers and the client ----

type RequestPart<Spec extends RouteSpec, Part extends 'params' | 'query' | 'body'> = Spec['request'] extends infer Request
  ? Request extends Record<Part, infer Schema>
    ? Schema extends z.ZodType
      ? Schema
      : never
    : never
  : never;

/** The request as the server sees it after validation (defaults applied, strings coerced). */
export type ParsedRequest<Spec extends RouteSpec> = {
  params: [RequestPart<Spec, 'params'>] extends [never] ? Record<string, never> : z.output<RequestPart<Spec, 'params'>>;
  query: [RequestPart<Spec, 'query'>] extends [never] ? Record<string, never> : z.output<RequestPart<Spec, 'query'>>;
  body: [RequestPart<Spec, 'body'>] extends [never] ? undefined : z.output<RequestPart<Spec, 'body'>>;
};

/** The request as a client writes it: only the parts the contract has, in their input types. */
export type RequestInput<Spec extends RouteSpec> = ([RequestPart<Spec, 'params'>] extends [never]
  ? unknown
  : { params: z.input<RequestPart<Spec, 'params'>> }) &
  ([RequestPart<Spec, 'query'>] extends [never] ? unknown : { query?: z.input<RequestPart<Spec, 'query'>> }) &
  ([RequestPart<Spec, 'body'>] extends [never] ? unknown : { body: z.input<RequestPart<Spec, 'body'>> });

type Statuses<Spec extends RouteSpec> = Extract<keyof Spec['responses'], number>;

/** What a response of that status carries: parsed JSON, text (sent whole or streamed), or nothing. */
export type ResponseBody<R, Side extends 'input' | 'output'> = R extends { contentType: string }
  ? Side extends 'input'
    ? string | AsyncIterable<Uint8Array | string> // a handler may stream a file
    : string
  : R extends { schema: infer Schema extends z.ZodType }
    ? Side extends 'input'
      ? z.input<Schema>
      : z.output<Schema>
    : undefined;

/** Every answer a handler may give: one of the contract's statuses with a body of that status's schema. */
export type RouteResult<Spec extends RouteSpec> = {
  [Status in Statuses<Spec>]: {
    status: Status;
    headers?: Record<string, string>;
  } & (ResponseBody<Spec['responses'][Status], 'input'> extends undefined
    ? { body?: undefined }
    : { body: ResponseBody<Spec['responses'][Status], 'input'> });
}[Statuses<Spec>];

type SuccessStatuses<Spec extends RouteSpec> = Extract<Statuses<Spec>, 200 | 201 | 202 | 204>;

/** What a client call resolves to: the body of a successful answer. */
export type SuccessBody<Spec extends RouteSpec> = {
  [Status in SuccessStatuses<Spec>]: ResponseBody<Spec['responses'][Status], 'output'>;
}[SuccessStatuses<Spec>];
