import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../testing/factories.js';
import { conditionalGet } from '../testing/raw-http.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { SHARED_CACHE_SECONDS } from './cache-control.js';

const SHARED = `public, max-age=0, s-maxage=${SHARED_CACHE_SECONDS}, stale-while-revalidate=`;

describe('HTTP caching of reads', () => {
  let server: TestServer;
  let cookie: string;
  beforeAll(async () => {
    server = await startTestServer();
    cookie = await server.cookieFor(await buildUser(server.database.db));
  });
  afterAll(() => server.stop());

  it('lets a cache in front keep an answer that is the same for everyone, for a few seconds', async () => {
    const categories = await server.request('/api/v1/categories');
    expect(categories.status).toBe(200);
    expect(categories.headers.get('cache-control')).toContain(SHARED);
  });

  it('keeps a read that depends on the viewer shared only while nobody is signed in, varying by cookie and token', async () => {
    const anonymous = await server.request('/api/v1/tools/nginx');
    expect(anonymous.headers.get('cache-control')).toContain(SHARED);
    expect(anonymous.headers.get('vary')).toMatch(/Cookie/);
    expect(anonymous.headers.get('vary')).toMatch(/Authorization/);
    const signedIn = await server.request('/api/v1/tools/nginx', { headers: { cookie } });
    expect(signedIn.headers.get('cache-control')).toBe('private, no-cache');
  });

  it('answers a read whose ETag the client holds with 304 and no body', async () => {
    const first = await server.request('/api/v1/tools/nginx');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"[0-9a-f]+-[^"]+"$/);
    // Over node:http: fetch() adds `Cache-Control: no-cache` to a conditional request, which asks for a full answer.
    const again = await conditionalGet(`${server.url}/api/v1/tools/nginx`, etag!);
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
  });

  it('keeps no cache on health probes, changes, member reads and errors', async () => {
    expect((await server.request('/api/health')).headers.get('cache-control')).toBe('no-store');
    const follow = await server.request('/api/v1/tools/nginx/follow', { method: 'PUT', headers: { cookie } });
    expect(follow.status).toBeLessThan(300);
    expect(follow.headers.get('cache-control') ?? '').not.toContain('public');
    const me = await server.request('/api/v1/me', { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(me.headers.get('cache-control') ?? '').not.toContain('public');
    const missing = await server.request('/api/v1/tools/no-such-tool');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control') ?? '').not.toContain('public');
  });
});
