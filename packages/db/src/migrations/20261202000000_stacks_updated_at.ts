import { sql, type Kysely } from 'kysely';

/**
 * The public stacks, the most recently updated first: the stacks list (GET /api/v1/stacks, which the sitemap
 * walks) pages through it by (updated_at, id). Partial on `visible`, the filter every public read applies, so
 * hidden stacks and those of suspended owners cost the list nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index stacks_updated_at_visible_idx on stacks (updated_at desc, id desc) where visible`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists stacks_updated_at_visible_idx`.execute(db);
}
