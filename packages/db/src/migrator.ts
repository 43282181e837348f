import { Migrator, NO_MIGRATIONS, type Kysely, type MigrationResultSet } from 'kysely';
import { migrations } from './migrations/index.js';

// Migrations see the database before and after their change, so they take an untyped handle.
/* eslint-disable @typescript-eslint/no-explicit-any */

function migratorFor(db: Kysely<any>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

function unwrap({ error, results }: MigrationResultSet): string[] {
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(`Migration ${failed ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  return (results ?? []).map((result) => result.migrationName);
}

/** Applies every pending migration; returns the names applied. */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  return unwrap(await migratorFor(db).migrateToLatest());
}

/** Reverts every migration, newest first; returns the names reverted. */
export async function migrateToZero(db: Kysely<any>): Promise<string[]> {
  return unwrap(await migratorFor(db).migrateTo(NO_MIGRATIONS));
}

/** Applies or reverts migrations until `name` is the last one applied; returns the names applied or reverted. */
export async function migrateTo(db: Kysely<any>, name: string): Promise<string[]> {
  return unwrap(await migratorFor(db).migrateTo(name));
}
