import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { call, defineRoutes, type RouteContract } from '@stackyard/contract';
import express, { Router } from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorHandler } from '../middleware/error-handler.js';
import { implement, mountRoutes, type MountableRoute } from './mount-route.js';

/** A resource of its own, so that its handlers can answer what no real handler would. */
const things = defineRoutes('things', {
  get: {
    method: 'get',
    path: '/api/things/:id',
    summary: 'One thing',
    tags: ['things'],
    access: 'public',
    request: { params: z.object({ id: z.string() }) },
    responses: { 200: { description: 'The thing', schema: z.object({ thing: z.object({ id: z.string(), name: z.string() }) }) } },
  },
  newest: {
    method: 'get',
    path: '/api/things/newest',
    summary: 'The newest thing',
    tags: ['things'],
    access: 'public',
    responses: { 200: { description: 'The thing', schema: z.object({ thing: z.object({ id: z.string(), name: z.string() }) }) } },
  },
});
const registry = Object.values(things) as RouteContract[];

let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** Serves the routes over a real socket, as the API does, and answers its base URL. */
async function serve(routes: MountableRoute[], checkAnswers: boolean): Promise<string> {
  const app = express();
  const router = Router();
  mountRoutes(router, '/api', routes, { contracts: registry, checkAnswers });
  app.use('/api', router);
  app.use(errorHandler);
  server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Handlers that answer the given body for every thing, whatever the contract says (the cast is the point). */
function answering(body: unknown, status = 200): MountableRoute[] {
  const handle = () => ({ status, body }) as never;
  return implement(things, { get: handle, newest: handle });
}

describe('an answer that departs from its contract', () => {
  it('fails in tests with a message that names the endpoint and the field', async () => {
    const baseUrl = await serve(answering({ thing: { id: '7', name: 42 } }), true);
    const response = await fetch(`${baseUrl}/api/things/7`);
    expect(response.status).toBe(500);
    const { error } = (await response.json()) as { error: { message: string } };
    expect(error.message).toContain('GET /api/things/:id (things.get) answered 200');
    expect(error.message).toContain('thing.name');
  });

  it('fails for a field the contract does not name, and for a status it does not list', async () => {
    let baseUrl = await serve(answering({ thing: { id: '7', name: 'Seven', secret: 'x' } }), true);
    let error = ((await (await fetch(`${baseUrl}/api/things/7`)).json()) as { error: { message: string } }).error;
    expect(error.message).toMatch(/things\.get.*fields its contract does not name: thing\.secret/);
    await new Promise<void>((resolve) => server!.close(() => resolve()));

    baseUrl = await serve(answering({ thing: { id: '7', name: 'Seven' } }, 418), true);
    error = ((await (await fetch(`${baseUrl}/api/things/7`)).json()) as { error: { message: string } }).error;
    expect(error.message).toContain('answered 418 (a status its contract does not list)');
  });

  it('is caught by the typed client too, even when the server does not check', async () => {
    const baseUrl = await serve(answering({ thing: { id: '7', name: 42 } }), false);
    await expect(call(things.get, { params: { id: '7' } }, { baseUrl })).rejects.toMatchObject({
      status: 200,
      code: 'unexpected_response',
      message: expect.stringMatching(/GET \/api\/things\/:id \(things\.get\) answered 200 .*thing\.name/),
    });
  });
});

describe('mounting', () => {
  it('tries literal segments before parameters, whatever order the contracts are listed in', async () => {
    const routes = implement(things, {
      get: ({ params }) => ({ status: 200, body: { thing: { id: params.id, name: 'by id' } } }),
      newest: () => ({ status: 200, body: { thing: { id: 'newest', name: 'the newest' } } }),
    });
    expect(routes.map((route) => route.contract.operationId)).toEqual(['things.get', 'things.newest']);
    const baseUrl = await serve(routes, true);
    expect(await call(things.newest, {}, { baseUrl })).toEqual({ thing: { id: 'newest', name: 'the newest' } });
    expect(await call(things.get, { params: { id: '3' } }, { baseUrl })).toEqual({ thing: { id: '3', name: 'by id' } });
  });

  it('refuses to start when a contract of the registry has no handler', () => {
    const [onlyOne] = answering({});
    expect(() => mountRoutes(Router(), '/api', [onlyOne!], { contracts: registry, checkAnswers: false })).toThrow(/missing: GET \/api\/things\/newest/);
  });
});
