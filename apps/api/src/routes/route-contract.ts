import type { z } from 'zod';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * What one endpoint accepts and answers: the routers validate with `request` and the OpenAPI document is
 * generated from the same contract (see openapi/openapi-document.ts). Every route an Express router mounts
 * must have one in routes/api-contracts.ts; a test walks the router to make sure.
 */
export interface RouteContract {
  method: HttpMethod;
  /** The full path as Express writes it, parameters as `:name`: `/api/v1/tools/:slug`. */
  path: string;
  summary: string;
  tags: string[];
  request?: {
    params?: z.ZodObject;
    query?: z.ZodObject;
    body?: z.ZodType;
  };
  /** Successful answers by status (errors share one documented shape and are added for every route). */
  responses: Record<number, { description: string; schema?: z.ZodType }>;
  /** Answers 401 to a request that is not signed in. */
  requiresSignIn?: boolean;
}

/** Keeps the literal types of a contract, so that `inputOf(res, contract.request)` is typed by its schemas. */
export function defineRoute<const Contract extends RouteContract>(contract: Contract): Contract {
  return contract;
}

/** `/api/v1/tools/:slug` -> `/api/v1/tools/{slug}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}
