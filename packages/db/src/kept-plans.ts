import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * Runs `work` on one connection whose statements keep one plan for every parameter value
 * (`plan_cache_mode = force_generic_plan`), then sets the connection back. PostgreSQL otherwise plans a
 * prepared statement anew for each run whenever it expects the plan for those values to be cheaper; for a
 * statement of many joins whose plan is right whatever its parameters (autocomplete: one typed text,
 * looked up through the same indexes), that planning costs several times the run. For statements written
 * so (see search-repository.ts), not for the application at large, where a value can change a statement's
 * best plan (a tool in a third of all stacks against one in five).
 */
export async function withKeptPlans<T>(db: Kysely<Database>, work: (connection: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`set plan_cache_mode = force_generic_plan`.execute(connection);
    try {
      return await work(connection);
    } finally {
      await sql`reset plan_cache_mode`.execute(connection);
    }
  });
}
