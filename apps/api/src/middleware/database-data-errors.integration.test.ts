import type { DatabaseHandle } from '@stackyard/db';
import { createTestDatabase } from '@stackyard/db/testing';
import { sql, type RawBuilder } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorAnswer } from '../testing/error-answer.js';


/**
 * The safety net behind validation: a value that reached SQL and that PostgreSQL refuses as data (SQLSTATE
 * class 22: bad text for a type, a number out of range, a NUL byte, a division by zero) is the client's
 * bad input, answered 400 validation_failed, never a 500. Raised by the real engine, so PGlite's errors and
 * pg's are both covered.
 */
describe('PostgreSQL data exceptions', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  const failureOf = async (query: RawBuilder<unknown>) => {
    try {
      await query.execute(database.db);
    } catch (error) {
      return error;
    }
    throw new Error('the query did not fail');
  };

  it('answer 400 validation_failed without the database message', async () => {
    for (const query of [
      sql`select cast(${'x'} as integer)`,
      sql`select cast(${'3000000000'} as integer)`,
      sql`select cast(${'2026-13-45 00:00:00+00'} as timestamptz)`,
      sql`select cast(${'yesterday at noon'} as timestamptz)`,
      sql`select 1 / (select count(*) from users where false)`,
      sql`select convert_from('\\x00'::bytea, 'UTF8')`,
      sql`select ${'a\u0000b'}::text`,
    ]) {
      const error = await failureOf(query);
      expect((error as { code?: string }).code, String(error)).toMatch(/^22/);
      const sent = errorAnswer(error);
      expect(sent.status, String(error)).toBe(400);
      expect(sent.body).toEqual({ error: { code: 'validation_failed', message: 'The request holds a value the database cannot take' } });
    }
  });

  it('leave other database errors a 500: a broken constraint is a bug, not bad input', async () => {
    const error = await failureOf(sql`insert into users (username, email) values ('a', 'b')`);
    expect((error as { code?: string }).code).toBe('23514');
    expect(errorAnswer(error).status).toBe(500);
  });
});
