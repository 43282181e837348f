import type { UserRow } from '@stackyard/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_TTL_MS } from '../services/answer-cache.js';
import { eventually } from '../testing/eventually.js';
import { buildStack, buildUser } from '../testing/factories.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

/** Checks every 20 ms: the notices are expected within a few. */
const FAST = 20;

describe('kept answers that hear of new content from PostgreSQL', () => {
  let server: TestServer;
  let owner: UserRow;
  const listening = () => server.contentChanges!.version() !== null;
  const stacksFound = async (q: string) => (await server.client.search.all({ query: { q } })).stacks.map((stack) => stack.name);
  const searchHits = async () => {
    const text = (await server.request('/api/metrics')).body as string;
    const line = text.split('\n').find((candidate) => candidate.startsWith('stackyard_cache_lookups_total{cache="search",outcome="hit"} '));
    return line ? Number(line.split(' ')[1]) : 0;
  };

  beforeAll(async () => {
    server = await startTestServer({ listenForChanges: true });
    owner = await buildUser(server.database.db);
    await eventually('the listener connected', listening, 10_000, FAST);
  });
  afterAll(() => server.stop());

  it('serve a search again from memory, and a stack shared through this process at once', async () => {
    expect(await stacksFound('quokka')).toEqual([]);
    const hits = await searchHits();
    expect(await stacksFound('quokka')).toEqual([]);
    expect(await searchHits()).toBe(hits + 1);

    await server.as(owner).stacks.create({ body: { name: 'Quokka Shop', tools: [{ slug: 'nginx' }] } });
    expect(await stacksFound('quokka')).toEqual(['Quokka Shop']);
  });

  it('drop a kept search once another process commits a new stack, long before it would expire', async () => {
    expect(await stacksFound('wombat')).toEqual([]);
    const written = performance.now();
    // Straight into the database, as another API process would: only PostgreSQL's notice tells this one.
    await buildStack(server.database.db, owner, { name: 'Wombat Works' });
    await eventually('the new stack found', async () => (await stacksFound('wombat')).length === 1, ANSWER_TTL_MS / 2, FAST);
    expect(performance.now() - written).toBeLessThan(ANSWER_TTL_MS / 2);
  });

  it('read the content mark while the listener is away, and listen again after', async () => {
    const { db } = server.database;
    expect(await stacksFound('numbat')).toEqual([]);
    await sql`select pg_terminate_backend(pid) from pg_stat_activity
              where application_name = 'stackyard content changes' and datname = current_database()`.execute(db);
    await eventually('the listener gone', () => !listening(), 5_000, FAST);

    // Nobody can hear a notice now; the mark read with the request still sees the new stack.
    await buildStack(db, owner, { name: 'Numbat Nook' });
    expect(await stacksFound('numbat')).toEqual(['Numbat Nook']);

    await eventually('the listener back', listening, 10_000, FAST);
    // Kept again, now until a notice says otherwise.
    expect(await stacksFound('numbat')).toEqual(['Numbat Nook']);
    await buildStack(db, owner, { name: 'Numbat Annex' });
    await eventually('the second stack found', async () => (await stacksFound('numbat')).length === 2, ANSWER_TTL_MS / 2, FAST);
  });
});
