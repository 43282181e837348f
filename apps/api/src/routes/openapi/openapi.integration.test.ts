import { Validator } from '@seriousme/openapi-schema-validator';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { openApiPath } from '@stackyard/contract';

/** The parts of Express 5's router layers that say what is mounted where. */
interface Layer {
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function joinPath(prefix: string, path: unknown): string {
  if (typeof path !== 'string') throw new Error(`A route below ${prefix || '/'} is mounted on a non-string path: document it by hand`);
  const joined = `${prefix}/${path}`.replace(/\/+/g, '/');
  return joined.length > 1 ? joined.replace(/\/$/, '') : joined;
}

/** "METHOD /path" of every route the router mounts, walking into mounted routers. */
function mountedRoutes(stack: Layer[], prefix = ''): string[] {
  const routes: string[] = [];
  for (const layer of stack) {
    if (layer.route) {
      const path = joinPath(prefix, layer.route.path);
      for (const method of Object.keys(layer.route.methods)) {
        if (method !== '_all') routes.push(`${method.toUpperCase()} ${openApiPath(path)}`);
      }
    } else if (Array.isArray(layer.handle?.stack)) {
      routes.push(...mountedRoutes(layer.handle.stack, joinPath(prefix, layer.rawPath ?? '/')));
    }
  }
  return routes;
}

describe('GET /api/v1/openapi.json', () => {
  let server: TestServer;
  let document: { openapi: string; paths: Record<string, Record<string, unknown>> };

  beforeAll(async () => {
    server = await startTestServer();
    const { status, headers, body } = await server.request('/api/v1/openapi.json');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/application\/json/);
    document = body;
  });
  afterAll(() => server.stop());

  it('is a valid OpenAPI 3.1 document whose references all resolve', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
    expect(() => validator.resolveRefs()).not.toThrow();
  });

  it('documents every route the API router mounts, and nothing it does not', () => {
    const app = server.server.listeners('request')[0] as Express;
    const mounted = new Set(mountedRoutes((app.router as unknown as { stack: Layer[] }).stack).filter((route) => route.includes(' /api')));
    const documented = new Set(
      Object.entries(document.paths).flatMap(([path, operations]) =>
        Object.keys(operations)
          .filter((method) => METHODS.includes(method))
          .map((method) => `${method.toUpperCase()} ${path}`),
      ),
    );
    expect([...mounted].filter((route) => !documented.has(route)), 'mounted but missing from routes/api-contracts.ts').toEqual([]);
    expect([...documented].filter((route) => !mounted.has(route)), 'documented but not mounted').toEqual([]);
    for (const route of ['GET /api/health', 'GET /api/v1/tools/{slug}', 'GET /api/v1/compare', 'GET /api/v1/search']) {
      expect(documented).toContain(route);
    }
  });

  it('describes the query parameters and answers from the zod contracts', () => {
    const compare = document.paths['/api/v1/compare']!.get as {
      parameters: { name: string; in: string; required: boolean }[];
      responses: Record<string, unknown>;
    };
    expect(compare.parameters).toContainEqual(expect.objectContaining({ name: 'tools', in: 'query', required: true }));
    expect(Object.keys(compare.responses).sort()).toEqual(['200', '400', '429', '500', '503']);
    const detail = document.paths['/api/v1/tools/{slug}']!.get as { parameters: { name: string; in: string }[]; responses: Record<string, unknown> };
    expect(detail.parameters).toContainEqual(expect.objectContaining({ name: 'slug', in: 'path' }));
    expect(detail.responses).toHaveProperty('404');
  });
});
