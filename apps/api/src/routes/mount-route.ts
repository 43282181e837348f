import type { RequestHandler, Router } from 'express';
import { validate } from '../middleware/validate.js';
import type { RouteContract } from './route-contract.js';

/**
 * Adds a contract's endpoint to a router mounted at `base` (`/api/v1/tools`): same method, the contract's
 * path below the base, the request validated by the contract's schemas before the handlers run. Deriving
 * the route from the contract keeps the router and the OpenAPI document from drifting apart.
 */
export function mountRoute(router: Router, base: string, contract: RouteContract, ...handlers: RequestHandler[]): void {
  if (contract.path !== base && !contract.path.startsWith(`${base}/`)) {
    throw new Error(`${contract.method.toUpperCase()} ${contract.path} is not below ${base}`);
  }
  const path = contract.path.slice(base.length) || '/';
  router[contract.method](path, validate(contract.request ?? {}), ...handlers);
}
