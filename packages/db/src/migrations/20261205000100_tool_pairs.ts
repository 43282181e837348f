import { sql, type Kysely } from 'kysely';

/**
 * How many stacks use each pair of tools, kept in step with stack_tools by statement triggers in the same
 * transaction as the change: "often used together" and the count of stacks that use both compared tools
 * read a handful of rows instead of joining every stack of two popular tools. Each pair is stored both
 * ways round, so that the most frequent partners of a tool are one index range (tool_pairs_top_idx).
 *
 * The triggers see the statement's rows as transition tables: a pair of rows added (or removed) by one
 * statement counts once, and a pair of an added row with one already there counts once in each direction.
 * A stack's tool list is changed by one writer at a time: each trigger first locks the stacks it touches,
 * so that two transactions adding to the same stack cannot each miss the other's tool. stack_tools rows are
 * added and removed, never moved to another stack or tool (an update of those columns is refused).
 */
const up_statements = [
  `create table tool_pairs (
     tool_id bigint not null references tools (id) on delete cascade,
     other_tool_id bigint not null references tools (id) on delete cascade,
     stacks_count integer not null check (stacks_count >= 0),
     primary key (tool_id, other_tool_id),
     check (tool_id <> other_tool_id)
   )`,
  `create index tool_pairs_top_idx on tool_pairs (tool_id, stacks_count desc, other_tool_id)`,
  `create function tool_pairs_added() returns trigger language plpgsql as $$
   begin
     perform 1 from stacks s where s.id in (select stack_id from added) order by s.id for update;
     insert into tool_pairs (tool_id, other_tool_id, stacks_count)
     select a, b, count(*) from (
       select n.tool_id as a, r.tool_id as b from added n
       join stack_tools r on r.stack_id = n.stack_id and r.tool_id <> n.tool_id
       where not exists (select 1 from added x where x.stack_id = r.stack_id and x.tool_id = r.tool_id)
       union all
       select r.tool_id, n.tool_id from added n
       join stack_tools r on r.stack_id = n.stack_id and r.tool_id <> n.tool_id
       where not exists (select 1 from added x where x.stack_id = r.stack_id and x.tool_id = r.tool_id)
       union all
       select n.tool_id, m.tool_id from added n join added m on m.stack_id = n.stack_id and m.tool_id <> n.tool_id
     ) pair
     group by a, b
     on conflict (tool_id, other_tool_id) do update set stacks_count = tool_pairs.stacks_count + excluded.stacks_count;
     return null;
   end $$`,
  `create function tool_pairs_removed() returns trigger language plpgsql as $$
   begin
     perform 1 from stacks s where s.id in (select stack_id from removed) order by s.id for update;
     with pair as (
       select a, b, count(*) as stacks from (
         select n.tool_id as a, r.tool_id as b from removed n join stack_tools r on r.stack_id = n.stack_id
         union all
         select r.tool_id, n.tool_id from removed n join stack_tools r on r.stack_id = n.stack_id
         union all
         select n.tool_id, m.tool_id from removed n join removed m on m.stack_id = n.stack_id and m.tool_id <> n.tool_id
       ) lost
       group by a, b
     ),
     counted as (
       update tool_pairs p set stacks_count = p.stacks_count - pair.stacks
       from pair where p.tool_id = pair.a and p.other_tool_id = pair.b
       returning p.tool_id, p.other_tool_id, p.stacks_count
     )
     delete from tool_pairs p using counted
     where p.tool_id = counted.tool_id and p.other_tool_id = counted.other_tool_id and counted.stacks_count = 0;
     return null;
   end $$`,
  `create function stack_tools_not_moved() returns trigger language plpgsql as $$
   begin
     raise exception 'a stack_tools row is removed and added, not moved to another stack or tool';
   end $$`,
  `create trigger stack_tools_pairs_added after insert on stack_tools
     referencing new table as added for each statement execute function tool_pairs_added()`,
  `create trigger stack_tools_pairs_removed after delete on stack_tools
     referencing old table as removed for each statement execute function tool_pairs_removed()`,
  `create trigger stack_tools_not_moved before update of stack_id, tool_id on stack_tools
     for each row when (old.stack_id <> new.stack_id or old.tool_id <> new.tool_id) execute function stack_tools_not_moved()`,
  // What the stacks hold today.
  `insert into tool_pairs (tool_id, other_tool_id, stacks_count)
   select a.tool_id, b.tool_id, count(*) from stack_tools a join stack_tools b on b.stack_id = a.stack_id and b.tool_id <> a.tool_id
   group by a.tool_id, b.tool_id`,
];

const down_statements = [
  `drop trigger stack_tools_not_moved on stack_tools`,
  `drop trigger stack_tools_pairs_removed on stack_tools`,
  `drop trigger stack_tools_pairs_added on stack_tools`,
  `drop function stack_tools_not_moved()`,
  `drop function tool_pairs_removed()`,
  `drop function tool_pairs_added()`,
  `drop table tool_pairs`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of down_statements) await sql.raw(statement).execute(db);
}
