import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './testing/test-server.js';

describe('the API, whatever it is sent', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  const jsonPost = (path: string, body: string) =>
    server.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });

  it('answers unknown /api paths and methods with 404 JSON', async () => {
    for (const [method, path] of [
      ['GET', '/api/v1/nothing-here'],
      ['GET', '/api/v2/tools'],
      ['DELETE', '/api/v1/tools/passenger'],
      ['POST', '/api/v1/tools'],
    ] as const) {
      const { status, body } = await server.request(path, { method });
      expect(status, `${method} ${path}`).toBe(404);
      expect(body.error.code).toBe('not_found');
    }
  });

  it('refuses a body over the limit with 413 JSON', async () => {
    const { status, body } = await jsonPost('/api/v1/tools', JSON.stringify({ text: 'x'.repeat(1024 * 1024) }));
    expect(status).toBe(413);
    expect(body.error.code).toBe('payload_too_large');
  });

  it('refuses malformed JSON with 400 JSON', async () => {
    const { status, body } = await jsonPost('/api/v1/tools', '{"name": ');
    expect(status).toBe(400);
    expect(body.error).toEqual({ code: 'validation_failed', message: 'The request body is not valid JSON' });
  });

  it('answers a malformed path encoding with 400 JSON, not 500', async () => {
    const { status, body } = await server.request('/api/v1/tools/%E0%A4%A');
    expect(status).toBe(400);
    expect(body.error.code).toBe('validation_failed');
  });

  it('sends other sites only its origin as referrer, so its own form posts keep their Origin', async () => {
    // With no-referrer, Chromium posts the site's own forms with `Origin: null`, which reads as cross-site.
    const { headers } = await server.request('/api/health');
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('never leaks a stack trace', async () => {
    const { body } = await jsonPost('/api/v1/tools', '{"a":');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('lets an in-flight request finish when the server is asked to stop', async () => {
    const second = await startTestServer();
    const received = once(second.server, 'request');
    const inFlight = fetch(`${second.url}/api/v1/tools?limit=100`);
    await received;
    const stopping = second.stop();
    const response = await inFlight;
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: unknown[] };
    expect(body.items).toHaveLength(100);
    await stopping;
    await expect(fetch(`${second.url}/api/health`)).rejects.toThrow();
  });
});
