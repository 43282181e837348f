import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../config.js';
import { buildUser } from '../../testing/factories.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

const READS = 4;
const limits = { ...defaultConfig().rateLimits, anonymousReadsPerIp: { limit: READS, windowMs: 60_000 } };

/** The value of one sample line of Prometheus' text format, or undefined when there is none. */
function sample(text: string, name: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

describe('GET /api/metrics', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ config: { rateLimits: limits } });
  });
  afterAll(() => server.stop());

  it("counts requests by route and status, rate-limit refusals by limit, the search cache's hits, and the pool", async () => {
    const statuses = [];
    for (const path of ['/api/v1/tools/nginx', '/api/v1/tools/caddy', '/api/v1/search?q=ng', '/api/v1/search?q=ng', '/api/v1/tools/nginx']) {
      statuses.push((await server.request(path)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429]);

    // Read signed in: the anonymous budget is spent.
    const cookie = await server.cookieFor(await buildUser(server.database.db));
    const response = await fetch(`${server.url}/api/metrics`, { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();

    const count = (route: string, status: number) => sample(text, `stackyard_http_request_duration_seconds_count{method="GET",route="${route}",status="${status}"}`);
    expect(count('/api/v1/tools/:slug', 200)).toBe(2);
    expect(count('/api/v1/search', 200)).toBe(2);
    // Refused before any route matched: counted, under no route, and under the limit that refused it.
    expect(count('none', 429)).toBe(1);
    expect(sample(text, 'stackyard_rate_limit_refusals_total{limit="reads from this address without signing in"}')).toBe(1);
    expect(sample(text, 'stackyard_cache_lookups_total{cache="search",outcome="miss"}')).toBe(1);
    expect(sample(text, 'stackyard_cache_lookups_total{cache="search",outcome="hit"}')).toBe(1);
    expect(text).toContain('stackyard_process_resident_memory_bytes');
    if (server.database.engine === 'postgres') {
      expect(sample(text, 'stackyard_db_pool_connections{state="idle"}')).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'stackyard_db_pool_connections{state="waiting"}')).toBe(0);
    } else {
      expect(text).not.toContain('stackyard_db_pool_connections');
    }
  });
});
