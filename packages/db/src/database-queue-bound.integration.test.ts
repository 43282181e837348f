import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseBusyError } from './database-busy.js';
import type { DatabaseHandle } from './database.js';
import { createTestDatabase } from './testing/index.js';

describe('a bound on the wait for a database connection', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    // One connection on either engine: PGlite has only one, and the pool is given one.
    handle = await createTestDatabase({ queueTimeoutMs: 100, poolSize: 1 });
  });
  afterAll(() => handle.close());

  const countTools = async () => (await handle.db.selectFrom('tools').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()).count;

  it('fails the callers that waited longer with DatabaseBusyError, and serves the next ones once the connection is free', async () => {
    const waited = await handle.db.transaction().execute(async (trx) => {
      await sql`select 1`.execute(trx);
      return Promise.allSettled(Array.from({ length: 5 }, () => countTools()));
    });
    for (const result of waited) {
      expect(result.status).toBe('rejected');
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(DatabaseBusyError);
    }
    // The callers that gave up left the line: nobody holds the connection, and the next callers (one at a
    // time, so that none of them waits) are served.
    for (let query = 0; query < 5; query++) expect(await countTools()).toBeGreaterThan(0);
  });
});
