import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
