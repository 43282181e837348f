import { sql, type Kysely } from 'kysely';

/**
 * The owner's order of a stack's tools: a stack's page shows each layer's tools in it (the editor's "move
 * up / move down"). Existing rows all start at 0, so their layers keep the taxonomy's order until edited.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table stack_tools add column position integer not null default 0`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table stack_tools drop column position`.execute(db);
}
