import { PAGE_RENDER_HEADER, PAGE_VISITOR_HEADER } from '@stackyard/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../config.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const READS = 3;
const SECRET = 'the-page-render-secret-of-this-test-server';
const limits = { ...defaultConfig().rateLimits, anonymousReadsPerIp: { limit: READS, windowMs: 60_000 } };

describe('reads made by the site’s server render, over loopback', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ config: { rateLimits: limits }, pageRenderSecret: SECRET });
  });
  afterAll(() => server.stop());

  const readAs = (visitor: string, secret: string) =>
    server.request('/api/v1/comparisons/popular', { headers: { [PAGE_RENDER_HEADER]: secret, [PAGE_VISITOR_HEADER]: visitor } });

  it('count against the visitor they render for, so one busy visitor does not use up everyone’s reads', async () => {
    for (let read = 0; read < READS; read++) expect((await readAs('203.0.113.7', SECRET)).status).toBe(200);
    expect((await readAs('203.0.113.7', SECRET)).status).toBe(429);
    // Another visitor rendered by the same process still reads.
    expect((await readAs('198.51.100.4', SECRET)).status).toBe(200);
  });

  it('are believed only with the secret: anyone else naming a visitor is counted as themselves', async () => {
    const statuses: number[] = [];
    for (let read = 0; read <= READS; read++) statuses.push((await readAs(`192.0.2.${read + 1}`, 'a guessed secret')).status);
    // Four different claimed visitors, one real caller: its budget of three runs out on the fourth.
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});
