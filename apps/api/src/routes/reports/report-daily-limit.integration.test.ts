import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, type AppConfig } from '../../config.js';
import { createMetrics } from '../../metrics.js';
import { startServer, type RunningServer } from '../../server.js';
import { createComparisonViewCounter } from '../../services/comparison-view-counter.js';
import { jsonBody } from '../../testing/accounts.js';
import { createSignedInUsers } from '../../testing/sessions.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

const HOUR_MS = 60 * 60 * 1000;
const PER_DAY = 3;

/**
 * REPORTS_PER_DAY: a person files at most that many reports in any 24 hours. The window is rolling and
 * counted in the database, so it holds on every API process at once; beyond it, 429 with Retry-After.
 */
describe('the daily limit on reports', () => {
  let server: TestServer;
  let replica: RunningServer;
  // The server's clock, moved by the tests; it starts at the real time, when the test sessions start.
  const start = Date.now();
  let now = new Date(start);
  let reasonIds: number[];
  let config: AppConfig;

  beforeAll(async () => {
    config = { ...defaultConfig(), reports: { ...defaultConfig().reports, perDay: PER_DAY } };
    server = await startTestServer({ config: { reports: config.reports }, clock: () => now });
    // A second API process over the same database, with its own memory (as behind a load balancer).
    const logger = pino({ level: 'silent' });
    replica = await startServer(
      {
        db: server.database.db,
        engine: server.database.engine,
        logger,
        webDir: null,
        config,
        clock: () => now,
        rateLimitBackend: { kind: 'memory' },
        comparisonViews: createComparisonViewCounter(server.database.db, logger),
        metrics: createMetrics(),
        checkAnswers: true,
      },
      0,
    );
    reasonIds = (await server.database.db.selectFrom('reasons').select('id').where('hidden', '=', false).orderBy('id').limit(12).execute()).map((row) => row.id);
  });
  afterAll(async () => {
    await replica?.close();
    await server?.stop();
  });

  const at = (hours: number) => {
    now = new Date(start + hours * HOUR_MS);
  };
  async function report(cookie: string, subjectId: number, via: 'server' | 'replica' = 'server') {
    if (via === 'server') return server.request('/api/v1/reports', jsonBody('POST', { subjectType: 'reason', subjectId, reason: 'spam' }, { Cookie: cookie }));
    const response = await fetch(`${replica.url}/api/v1/reports`, jsonBody('POST', { subjectType: 'reason', subjectId, reason: 'spam' }, { Cookie: cookie, Origin: config.publicOrigin }));
    return { status: response.status, headers: response.headers, body: await response.json() };
  }
  const reportsBy = async (reporterId: number) =>
    (await server.database.db.selectFrom('reports').select('subject_id').where('reporter_id', '=', reporterId).orderBy('id').execute()).map((row) => row.subject_id);

  it(`refuses the ${PER_DAY + 1}th report within 24 hours with 429 and Retry-After, writes nothing, and frees a place as each report ages out`, async () => {
    const [reporter] = await createSignedInUsers(server.database.db, 1);
    const cookie = reporter!.cookie;
    const [a, b, c, d, e] = reasonIds as [number, number, number, number, number];

    at(0);
    expect((await report(cookie, a)).status).toBe(201);
    at(1);
    expect((await report(cookie, b)).status).toBe(201);
    // Neither a second report of the same thing (409) nor one of nothing (404) is filed, so neither counts.
    expect((await report(cookie, a)).status).toBe(409);
    expect((await report(cookie, 2_000_000_000)).status).toBe(404);
    at(2);
    expect((await report(cookie, c)).status).toBe(201);

    at(3);
    const refused = await report(cookie, d);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/application\/json/);
    expect(refused.body.error).toMatchObject({ code: 'rate_limited', details: { retryAfterSeconds: 21 * 3600 } });
    expect(refused.headers.get('retry-after')).toBe(String(21 * 3600));
    expect(await reportsBy(reporter!.id)).toEqual([a, b, c]);

    // Just past 24 hours after the first report, one place is free again, and only one.
    at(24 + 1 / 3600);
    expect((await report(cookie, d)).status).toBe(201);
    const next = await report(cookie, e);
    expect(next.status).toBe(429);
    expect(next.headers.get('retry-after')).toBe(String(3600 - 1));
    expect(await reportsBy(reporter!.id)).toEqual([a, b, c, d]);

    // Someone else's reports are their own.
    const [other] = await createSignedInUsers(server.database.db, 1);
    expect((await report(other!.cookie, e)).status).toBe(201);
  });

  it('holds across API processes: reports filed through two of them count against one limit', async () => {
    at(100);
    const [reporter] = await createSignedInUsers(server.database.db, 1);
    const cookie = reporter!.cookie;
    const statuses: number[] = [];
    for (const [index, id] of reasonIds.slice(0, 2 * PER_DAY).entries()) statuses.push((await report(cookie, id, index % 2 === 0 ? 'server' : 'replica')).status);
    expect(statuses).toEqual([...Array.from({ length: PER_DAY }, () => 201), ...Array.from({ length: PER_DAY }, () => 429)]);
    expect(await reportsBy(reporter!.id)).toEqual(reasonIds.slice(0, PER_DAY));
  });
});
