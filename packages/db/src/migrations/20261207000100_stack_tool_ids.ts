import { sql, type Kysely } from 'kysely';

/**
 * Each stack's tools as a sorted array, kept in step with stack_tools by statement triggers in the same
 * transaction as the change, with a GIN index over the stacks anyone may see: "the stacks that use every
 * one of these tools" (a comparison's stacks and their count) becomes one index lookup that intersects each
 * tool's posting list (0.6 ms for the three most used tools at the benchmark's scale) instead of a join over
 * every stack of each tool (4 ms, and growing with their popularity). The triggers recompute the array of
 * each stack a statement touched from stack_tools itself, so a statement that adds or removes many rows
 * writes each stack once and the array cannot drift from the rows it summarises. A link is never moved to
 * another stack or tool (the tool_pairs migration refuses that update), so adding and removing are all there is.
 */
const up_statements = [
  `alter table stacks add column tool_ids bigint[] not null default '{}'`,
  `create function stacks_tool_ids_kept() returns trigger language plpgsql as $$
   begin
     -- In id order, as the tool_pairs triggers lock them: two statements over the same stacks cannot deadlock.
     perform 1 from stacks s where s.id in (select stack_id from changed) order by s.id for update;
     update stacks s set tool_ids = coalesce((select array_agg(l.tool_id order by l.tool_id) from stack_tools l where l.stack_id = s.id), '{}')
     where s.id in (select stack_id from changed);
     return null;
   end $$`,
  `create trigger stack_tools_ids_added after insert on stack_tools
     referencing new table as changed for each statement execute function stacks_tool_ids_kept()`,
  `create trigger stack_tools_ids_removed after delete on stack_tools
     referencing old table as changed for each statement execute function stacks_tool_ids_kept()`,
  // What the stacks hold today.
  `update stacks s set tool_ids = l.ids
   from (select stack_id, array_agg(tool_id order by tool_id) as ids from stack_tools group by stack_id) l
   where l.stack_id = s.id`,
  `create index stacks_tool_ids_visible_idx on stacks using gin (tool_ids) where visible`,
];

const down_statements = [
  `drop trigger stack_tools_ids_removed on stack_tools`,
  `drop trigger stack_tools_ids_added on stack_tools`,
  `drop function stacks_tool_ids_kept()`,
  `alter table stacks drop column tool_ids`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of down_statements) await sql.raw(statement).execute(db);
}
