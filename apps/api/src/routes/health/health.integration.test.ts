import { createDatabase } from '@stackyard/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReadiness } from '../../services/health-service.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

describe('GET /api/health', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('reports the database engine and that it answers', async () => {
    const { status, body } = await server.request('/api/health');
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.database.engine).toBe(process.env.TEST_ENGINE);
    expect(body.database.reachable).toBe(true);
  });

  it('says ready and alive, to no cache, while serving with its database answering', async () => {
    const ready = await server.request('/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ready', draining: false, database: { reachable: true } });
    expect(ready.headers.get('cache-control')).toBe('no-store');
    const live = await server.request('/api/health/live');
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ status: 'alive' });
  });

  it('is not ready while draining, or when its database does not answer', async () => {
    const draining = await checkReadiness(server.database.db, server.database.engine, true);
    expect(draining).toMatchObject({ status: 'not ready', draining: true, database: { reachable: true } });
    // A PostgreSQL server that is not there (nothing listens on port 1).
    const gone = createDatabase({ url: 'postgres://postgres@127.0.0.1:1/stackyard' });
    const unreachable = await checkReadiness(gone.db, gone.engine, false);
    await gone.close();
    expect(unreachable).toMatchObject({ status: 'not ready', draining: false, database: { reachable: false, latencyMs: null } });
  });

  it('tags each response with a request id, keeping a sane one the caller sent', async () => {
    const given = await server.request('/api/health', { headers: { 'X-Request-Id': 'trace-123' } });
    expect(given.headers.get('x-request-id')).toBe('trace-123');
    const hostile = await server.request('/api/health', { headers: { 'X-Request-Id': '<script>' } });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers', async () => {
    const { headers } = await server.request('/api/health');
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-powered-by')).toBeNull();
  });
});
