import type { Migration } from 'kysely';
import * as initialSchema from './20261124000000_initial_schema.js';

/**
 * Every migration, in order. Listed by hand rather than found by scanning a folder, so that a bundled
 * build runs exactly the same set. Names are timestamps: add new ones at the end.
 */
export const migrations: Record<string, Migration> = {
  '20261124000000_initial_schema': initialSchema,
};
