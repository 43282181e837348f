import type { Database } from '@stackyard/db';
import { sql, type Kysely } from 'kysely';

/** The application's tables (schema public), by name. */
export async function listTables(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = 'public' order by tablename`.execute(db);
  return rows.map((row) => row.name);
}

/** How many rows each application table holds, counted in one statement (one snapshot). */
export async function countRowsPerTable(db: Kysely<Database>): Promise<Record<string, number>> {
  const tables = await listTables(db);
  if (tables.length === 0) return {};
  const counts = tables.map((name) => sql`select ${name}::text as name, count(*)::int as rows from ${sql.table(name)}`);
  const { rows } = await sql<{ name: string; rows: number }>`${sql.join(counts, sql` union all `)}`.execute(db);
  return Object.fromEntries(rows.map((row) => [row.name, row.rows]));
}

/** Writes every committed page into the data files (the embedded database's backup reads them). */
export async function checkpoint(db: Kysely<Database>): Promise<void> {
  await sql`checkpoint`.execute(db);
}
