import { sql, type Kysely } from 'kysely';

/**
 * How many of today's stacks added each tool in each month (UTC), kept in step with stack_tools by
 * statement triggers in the same transaction as the change: the adoption chart of a tool page and a
 * comparison reads two years of rows per tool instead of grouping every stack that ever added it (about
 * 15,000 for the most used tool at the benchmark's scale). A month in which none of today's stacks added
 * the tool has no row. Like tool_pairs, the triggers see the statement's rows as transition tables, so a
 * statement that adds or removes many rows changes each (tool, month) once. When a row was added is never
 * changed afterwards (an update of created_at is refused), so adding and removing are all there is to follow.
 */
const up_statements = [
  `create table tool_adoption_months (
     tool_id bigint not null references tools (id) on delete cascade,
     month date not null check (extract(day from month) = 1),
     stacks_added integer not null check (stacks_added > 0),
     primary key (tool_id, month)
   )`,
  `create function tool_adoption_months_added() returns trigger language plpgsql as $$
   begin
     insert into tool_adoption_months as m (tool_id, month, stacks_added)
     select tool_id, date_trunc('month', created_at at time zone 'UTC')::date, count(*) from added group by 1, 2
     on conflict (tool_id, month) do update set stacks_added = m.stacks_added + excluded.stacks_added;
     return null;
   end $$`,
  `create function tool_adoption_months_removed() returns trigger language plpgsql as $$
   begin
     with lost as (
       select tool_id, date_trunc('month', created_at at time zone 'UTC')::date as month, count(*) as stacks from removed group by 1, 2
     ),
     counted as (
       update tool_adoption_months m set stacks_added = m.stacks_added - lost.stacks
       from lost where m.tool_id = lost.tool_id and m.month = lost.month and m.stacks_added > lost.stacks
       returning m.tool_id, m.month
     )
     delete from tool_adoption_months m using lost
     where m.tool_id = lost.tool_id and m.month = lost.month
       and not exists (select 1 from counted c where c.tool_id = lost.tool_id and c.month = lost.month);
     return null;
   end $$`,
  `create function stack_tools_added_at_kept() returns trigger language plpgsql as $$
   begin
     raise exception 'when a stack added a tool is kept as it was: remove the row and add it again';
   end $$`,
  `create trigger stack_tools_months_added after insert on stack_tools
     referencing new table as added for each statement execute function tool_adoption_months_added()`,
  `create trigger stack_tools_months_removed after delete on stack_tools
     referencing old table as removed for each statement execute function tool_adoption_months_removed()`,
  `create trigger stack_tools_added_at_kept before update of created_at on stack_tools
     for each row when (old.created_at <> new.created_at) execute function stack_tools_added_at_kept()`,
  // What the stacks hold today.
  `insert into tool_adoption_months (tool_id, month, stacks_added)
   select tool_id, date_trunc('month', created_at at time zone 'UTC')::date, count(*) from stack_tools group by 1, 2`,
];

const down_statements = [
  `drop trigger stack_tools_added_at_kept on stack_tools`,
  `drop trigger stack_tools_months_removed on stack_tools`,
  `drop trigger stack_tools_months_added on stack_tools`,
  `drop function stack_tools_added_at_kept()`,
  `drop function tool_adoption_months_removed()`,
  `drop function tool_adoption_months_added()`,
  `drop table tool_adoption_months`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of down_statements) await sql.raw(statement).execute(db);
}
