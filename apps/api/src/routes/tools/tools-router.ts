import {
  toolAlternativesResponseSchema,
  toolDetailResponseSchema,
  toolListQuerySchema,
  toolListResponseSchema,
  toolPageQuerySchema,
  toolParamsSchema,
  toolStacksResponseSchema,
} from '@stackyard/domain';
import { Router } from 'express';
import { viewerOf } from '../../auth/viewer.js';
import type { AppContext } from '../../context.js';
import { inputOf } from '../../middleware/validate.js';
import { getTool, listCatalogue, listToolAlternatives, listToolStacks } from '../../services/tool-service.js';
import { mountRoute } from '../mount-route.js';
import { defineRoute } from '../route-contract.js';

const BASE = '/api/v1/tools';

export const toolContracts = {
  list: defineRoute({
    method: 'get',
    path: BASE,
    summary: 'The catalogue: tools filtered by taxonomy, open source and name, sorted, keyset-paginated',
    tags: ['tools'],
    request: { query: toolListQuerySchema },
    responses: { 200: { description: 'A page of tools', schema: toolListResponseSchema } },
  }),
  detail: defineRoute({
    method: 'get',
    path: `${BASE}/:slug`,
    summary: "A tool's page: stats, category path, pros and cons, integrations, alternatives, stacks, viewer state",
    tags: ['tools'],
    request: { params: toolParamsSchema },
    responses: { 200: { description: 'The tool', schema: toolDetailResponseSchema } },
  }),
  stacks: defineRoute({
    method: 'get',
    path: `${BASE}/:slug/stacks`,
    summary: 'The stacks that use a tool, most recently added first',
    tags: ['tools'],
    request: { params: toolParamsSchema, query: toolPageQuerySchema },
    responses: { 200: { description: 'A page of stacks', schema: toolStacksResponseSchema } },
  }),
  alternatives: defineRoute({
    method: 'get',
    path: `${BASE}/:slug/alternatives`,
    summary: "The other tools of a tool's function, most used first",
    tags: ['tools'],
    request: { params: toolParamsSchema, query: toolPageQuerySchema },
    responses: { 200: { description: 'A page of tools', schema: toolAlternativesResponseSchema } },
  }),
};

/** GET /api/v1/tools, /tools/:slug, /tools/:slug/stacks and /tools/:slug/alternatives */
export function toolsRouter({ db }: AppContext): Router {
  const router = Router();
  const { list, detail, stacks, alternatives } = toolContracts;

  mountRoute(router, BASE, list, async (_req, res) => {
    res.json(await listCatalogue(db, inputOf(res, list.request).query));
  });

  mountRoute(router, BASE, detail, async (_req, res) => {
    const { params } = inputOf(res, detail.request);
    res.json({ tool: await getTool(db, params.slug, viewerOf(res)) });
  });

  mountRoute(router, BASE, stacks, async (_req, res) => {
    const { params, query } = inputOf(res, stacks.request);
    res.json(await listToolStacks(db, params.slug, query));
  });

  mountRoute(router, BASE, alternatives, async (_req, res) => {
    const { params, query } = inputOf(res, alternatives.request);
    res.json(await listToolAlternatives(db, params.slug, query));
  });

  return router;
}
