import { sql, type Kysely } from 'kysely';

/**
 * Provenance of detected tools: the line of the file detection saw a tool at (source_path had the file
 * alone), the evidence it sent (a few places, each with file, line, package and snippet), and on each tool
 * how many stacks detection added it to ("detected in N stacks"), kept like stacks_count.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table stack_tools
              add column source_line integer check (source_line > 0),
              add column evidence jsonb check (evidence is null or jsonb_typeof(evidence) = 'array')`.execute(db);
  await sql`alter table tools add column detected_stacks_count integer not null default 0 check (detected_stacks_count >= 0)`.execute(db);
  await sql`update tools t set detected_stacks_count = d.n
            from (select tool_id, count(*)::int as n from stack_tools where source = 'detected' group by tool_id) d
            where d.tool_id = t.id`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table tools drop column detected_stacks_count`.execute(db);
  await sql`alter table stack_tools drop column source_line, drop column evidence`.execute(db);
}
