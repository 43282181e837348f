import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestResponse, type TestServer } from '../testing/test-server.js';

describe('requests that would wait too long for the database', () => {
  let server: TestServer;
  beforeAll(async () => {
    // One connection on either engine, and a wait of at most 100 ms for it.
    server = await startTestServer({ database: { queueTimeoutMs: 100, poolSize: 1 } });
  });
  afterAll(() => server.stop());

  it('are answered 503 with Retry-After instead of hanging, and the server serves again once the database is free', async () => {
    const answers = await server.database.db.transaction().execute(async (trx) => {
      await sql`select 1`.execute(trx);
      // The transaction holds the only connection until these are answered.
      return Promise.all(['/api/v1/categories', '/api/v1/tools/nginx', '/api/v1/compare?tools=caddy,nginx'].map((path) => server.request(path)));
    });
    for (const answer of answers as TestResponse[]) {
      expect(answer.status).toBe(503);
      expect(answer.body.error.code).toBe('service_unavailable');
      expect(answer.headers.get('retry-after')).toBe('1');
    }

    // One query at a time from here on, so nothing waits in line: each is served.
    expect((await server.request('/api/v1/categories')).status).toBe(200);
    expect((await server.request('/api/health')).body.database.reachable).toBe(true);
  });
});
