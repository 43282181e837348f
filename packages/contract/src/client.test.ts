import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from './api-error.js';
import { createClient, urlOf } from './client.js';
import { contracts } from './contracts.js';

/** What the fake API received, and what it answers next. */
interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}
let received: Received[] = [];
let answer: { status: number; body?: unknown; type?: string } = { status: 200 };
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      res.writeHead(answer.status, { 'content-type': answer.type ?? 'application/json' });
      res.end(answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const stats = { stacks: 1, detectedIn: 0, followers: 2, votes: 3, githubStars: null, githubForks: null, githubSyncedAt: null, githubPushedAt: null };
const toolSummary = { slug: 'nginx', name: 'NGINX', tagline: 'Web server', logoUrl: null, openSource: true, function: { slug: 'web-servers', name: 'Web Servers' }, stats };

describe('urlOf', () => {
  it('fills path parameters, encoded, and writes the query in the order given, leaving out what is unset', () => {
    expect(urlOf(contracts.stacks.get, { params: { owner: 'ann', slug: 'a b' } })).toBe('/api/v1/stacks/ann/a%20b');
    expect(urlOf(contracts.tools.list, { query: { q: 'gun', layer: undefined, limit: 10 } })).toBe('/api/v1/tools?q=gun&limit=10');
    expect(() => urlOf(contracts.tools.get, { params: {} })).toThrow('GET /api/v1/tools/:slug (tools.get) needs params.slug');
  });
});

describe('createClient', () => {
  it('calls the contract, sends the headers given, and returns the parsed answer', async () => {
    received = [];
    answer = { status: 200, body: { items: [toolSummary], nextCursor: null } };
    const client = createClient({ baseUrl, headers: { authorization: 'Bearer sy_test' } });
    const page = await client.tools.list({ query: { q: 'ngi', limit: 5 } });
    expect(page.items[0]!.name).toBe('NGINX');
    expect(received[0]).toMatchObject({ method: 'GET', url: '/api/v1/tools?q=ngi&limit=5' });
    expect(received[0]!.headers.authorization).toBe('Bearer sy_test');
  });

  it('sends a JSON body, and resolves to nothing on 204', async () => {
    received = [];
    answer = { status: 204 };
    const client = createClient({ baseUrl, headers: () => ({ cookie: 'stackyard_session=abc' }) });
    await expect(client.me.remove({ body: { password: 'the current passphrase' } })).resolves.toBeUndefined();
    expect(received[0]).toMatchObject({ method: 'DELETE', url: '/api/v1/me' });
    expect(received[0]!.headers['content-type']).toBe('application/json');
    expect(received[0]!.headers.cookie).toBe('stackyard_session=abc');
    expect(JSON.parse(received[0]!.body)).toEqual({ password: 'the current passphrase' });
  });

  it('returns text for a text answer', async () => {
    answer = { status: 200, body: '<feed/>', type: 'application/atom+xml' };
    expect(await createClient({ baseUrl }).tools.feed({ params: { slug: 'nginx' } })).toBe('<feed/>');
  });

  it("throws the server's error as an ApiError with its status, code, message and details", async () => {
    answer = { status: 400, body: { error: { code: 'validation_failed', message: 'query.q: Too big', details: { issues: [] } } } };
    const failure = await createClient({ baseUrl }).search.all({ query: { q: 'x'.repeat(500) } }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 400, code: 'validation_failed', message: 'query.q: Too big', details: { issues: [] } });
  });

  it('names the endpoint and the field when an answer departs from the contract', async () => {
    answer = { status: 200, body: { tool: { ...toolSummary, name: 7 } } };
    await expect(createClient({ baseUrl }).tools.get({ params: { slug: 'nginx' } })).rejects.toMatchObject({
      code: 'unexpected_response',
      message: expect.stringMatching(/^GET \/api\/v1\/tools\/:slug \(tools\.get\) answered 200 with a body its contract does not allow: tool\./),
    });
  });

  it('turns an unknown answer into http_error and an unreachable server into network_error', async () => {
    answer = { status: 502, body: '<html>bad gateway</html>', type: 'text/html' };
    await expect(createClient({ baseUrl }).categories.tree()).rejects.toMatchObject({ status: 502, code: 'http_error' });
    await expect(createClient({ baseUrl: 'http://127.0.0.1:1' }).categories.tree()).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });

  it('lets a cancelled call reject with the AbortError itself', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(createClient({ baseUrl }).categories.tree(undefined, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
