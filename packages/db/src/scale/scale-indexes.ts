import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface SavedIndex {
  table: string;
  name: string;
  /** pg_get_indexdef(): the CREATE INDEX statement that makes it again. */
  definition: string;
}

/**
 * Drops the indexes of `tables` that back no constraint (primary keys and UNIQUE constraints stay, and so
 * do the foreign keys that lean on them), returning their definitions. Unique indexes that are not
 * constraints go too: building them again afterwards proves the loaded rows unique.
 */
export async function dropSecondaryIndexes(db: Kysely<Database>, tables: readonly string[]): Promise<SavedIndex[]> {
  const { rows } = await sql<SavedIndex>`
    select t.relname as "table", i.relname as name, pg_get_indexdef(x.indexrelid) as definition
    from pg_index x
    join pg_class i on i.oid = x.indexrelid
    join pg_class t on t.oid = x.indrelid
    join pg_namespace n on n.oid = t.relnamespace
    where n.nspname = current_schema() and t.relname = any(${sql.val([...tables])}::text[])
      and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)
    order by t.relname, i.relname`.execute(db);
  for (const index of rows) await sql`drop index ${sql.id(index.name)}`.execute(db);
  return rows;
}

/**
 * Builds the saved indexes again over `lanes` connections at once, the largest tables first, each lane
 * taking the next index when it is done. Calls `built` after each one with its seconds.
 */
export async function rebuildIndexes(
  db: Kysely<Database>,
  indexes: readonly SavedIndex[],
  options: { lanes: number; maintenanceWorkMem: string; built: (index: SavedIndex, seconds: number) => void },
): Promise<void> {
  const { rows: sizes } = await sql<{ table: string; bytes: number }>`
    select relname as "table", pg_relation_size(oid)::float8 as bytes from pg_class
    where relname = any(${sql.val([...new Set(indexes.map((index) => index.table))])}::text[]) and relkind = 'r'`.execute(db);
  const bytes = new Map(sizes.map((size) => [size.table, size.bytes]));
  const queue = [...indexes].sort((a, b) => (bytes.get(b.table) ?? 0) - (bytes.get(a.table) ?? 0));
  const lane = () =>
    db.connection().execute(async (connection) => {
      await sql`select set_config('maintenance_work_mem', ${options.maintenanceWorkMem}, false)`.execute(connection);
      // The lanes are the parallelism: workers of their own would only take turns on the same cores.
      if (options.lanes > 1) await sql`set max_parallel_maintenance_workers = 0`.execute(connection);
      for (let index = queue.shift(); index; index = queue.shift()) {
        const started = performance.now();
        await sql.raw(index.definition).execute(connection);
        options.built(index, (performance.now() - started) / 1000);
      }
      await sql`reset maintenance_work_mem`.execute(connection);
      await sql`reset max_parallel_maintenance_workers`.execute(connection);
    });
  await Promise.all(Array.from({ length: Math.max(1, options.lanes) }, lane));
}
