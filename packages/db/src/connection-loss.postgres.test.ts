import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isConnectionLoss } from './connection-loss.js';
import type { DatabaseHandle } from './database.js';
import { createTestDatabase, withServer } from './testing/index.js';

describe('a pooled connection whose server goes away while it is checked out', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase({ poolSize: 2 });
  });
  afterAll(() => database.close());

  it('fails its next statement with a connection error, without ending the process, and is replaced', async () => {
    await database.db.connection().execute(async (connection) => {
      const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(connection);
      // As a restart or a stopped replica does: the server ends the session between two statements.
      await withServer((admin) => admin.query('select pg_terminate_backend($1)', [rows[0]!.pid]));
      await new Promise((resolve) => setTimeout(resolve, 300));
      const failed = await sql`select 1`.execute(connection).then(
        () => null,
        (error: unknown) => error,
      );
      expect(isConnectionLoss(failed)).toBe(true);
    });
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(database.db);
    expect(rows).toEqual([{ one: 1 }]);
  });
});
