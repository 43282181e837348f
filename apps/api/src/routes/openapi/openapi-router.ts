import { Router } from 'express';
import { z } from 'zod';
import { buildOpenApiDocument } from '../../openapi/openapi-document.js';
import { mountRoute } from '../mount-route.js';
import { defineRoute, type RouteContract } from '../route-contract.js';

const BASE = '/api/v1/openapi.json';

export const openApiContracts = {
  document: defineRoute({
    method: 'get',
    path: BASE,
    summary: 'This document: the OpenAPI 3.1 description of every endpoint',
    tags: ['operations'],
    responses: { 200: { description: 'The OpenAPI document', schema: z.record(z.string(), z.unknown()) } },
  }),
};

/** GET /api/v1/openapi.json, generated once from the contracts on first request. */
export function openApiRouter(contracts: RouteContract[]): Router {
  const router = Router();
  let document: ReturnType<typeof buildOpenApiDocument> | null = null;
  mountRoute(router, BASE, openApiContracts.document, (_req, res) => {
    document ??= buildOpenApiDocument(contracts);
    res.json(document);
  });
  return router;
}
