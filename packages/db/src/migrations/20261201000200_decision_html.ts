import { sql, type Kysely } from 'kysely';
import { renderMarkdown } from '../markdown/render-markdown.js';

/** Decisions rendered per statement while filling in the new column. */
const BACKFILL_BATCH = 500;

/**
 * `decisions.html`: a decision's Markdown rendered once, when it is written, instead of on every read.
 * Existing decisions are rendered here with the renderer the API and the seed use (it lives in this
 * package so that all three can import it), then the column becomes NOT NULL, so every later insert has to
 * bring its HTML.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table decisions add column html text`.execute(db);
  let after = 0;
  for (;;) {
    const { rows } = await sql<{ id: number; body: string }>`
      select id, body from decisions where id > ${after} order by id limit ${BACKFILL_BATCH}`.execute(db);
    if (rows.length === 0) break;
    await sql`
      update decisions d set html = v.html
      from unnest(${sql.val(rows.map((row) => row.id))}::bigint[], ${sql.val(rows.map((row) => renderMarkdown(row.body)))}::text[]) as v(id, html)
      where d.id = v.id`.execute(db);
    after = Number(rows.at(-1)!.id);
  }
  await sql`alter table decisions alter column html set not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table decisions drop column if exists html`.execute(db);
}
