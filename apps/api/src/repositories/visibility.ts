import type { Trx } from '@stackyard/db';
import { sql, type RawBuilder, type SqlBool } from 'kysely';

/**
 * Visibility is stored, not computed on each read. A stack, pro or con, or decision is `visible` (a generated
 * column) unless a moderator (or reports) hid it or its author is suspended, two flags kept apart so that
 * lifting a suspension shows again only what no moderator hid; an event is `visible` when its actor is not
 * suspended and everything it names is visible (event_tools repeats it, for the per-tool index). This module
 * is the one place that reads and writes these columns: every public read filters through `visibleTo`, and
 * the moderation actions change them through `setContentHidden` and `setAuthorSuspended`, in their own
 * transaction.
 */

/**
 * Who reads. Null: anyone at all, which is what every list, search, comparison and feed shows. A signed-in
 * person also sees their own hidden content; a moderator sees all of it. Either sees it marked `hidden`.
 */
export type Reader = { id: number; moderator: boolean } | null;
export const ANYONE: Reader = null;

/** The subjects that carry a visibility, and the column that names their author. */
const AUTHOR_COLUMN = { stack: 'owner_id', reason: 'author_id', decision: 'author_id', event: 'actor_id' } as const;
export type VisibleSubject = keyof typeof AUTHOR_COLUMN;

/**
 * The one filter on what a reader may see of a subject (`alias` names its row in the query): its stored
 * `visible`, or for a signed-in reader also their own, or for a moderator everything. For anyone it is the
 * bare column, so the partial indexes `where visible` serve it.
 */
export function visibleTo(reader: Reader, subject: VisibleSubject, alias: string): RawBuilder<SqlBool> {
  const visible = sql.ref(`${alias}.visible`);
  if (reader === null) return sql<SqlBool>`${visible}`;
  if (reader.moderator) return sql<SqlBool>`true`;
  return sql<SqlBool>`(${visible} or ${sql.ref(`${alias}.${AUTHOR_COLUMN[subject]}`)} = ${reader.id})`;
}

/** The `hidden` mark answers carry: true when the reader sees the subject only as its author or a moderator. */
export function hiddenMark(alias: string): RawBuilder<boolean> {
  return sql<boolean>`not ${sql.ref(`${alias}.visible`)}`;
}

// ---- Writing it -------------------------------------------------------------------------------

/** Content a moderator can hide: pros and cons, decisions, stacks. */
export type ContentType = Exclude<VisibleSubject, 'event'>;

const CONTENT = {
  stack: { table: 'stacks', eventColumn: 'stack_id' },
  reason: { table: 'reasons', eventColumn: 'reason_id' },
  decision: { table: 'decisions', eventColumn: 'decision_id' },
} as const;

type Sql = RawBuilder<unknown>;

/** Whether an event naming this actor, stack, decision and pro or con may be shown, from their stored state. */
function eventVisibility(actor: Sql, stack: Sql, decision: Sql, reason: Sql): RawBuilder<boolean> {
  return sql<boolean>`(not exists (select 1 from users u where u.id = ${actor} and u.suspended_at is not null)
    and coalesce((select s.visible from stacks s where s.id = ${stack}), true)
    and coalesce((select d.visible from decisions d where d.id = ${decision}), true)
    and coalesce((select r.visible from reasons r where r.id = ${reason}), true))`;
}

/** The visibility a new event starts with (adding tools to a hidden stack, say, makes a hidden event). */
export function newEventVisibility(event: { actorId: number; stackId: number | null; decisionId: number | null; reasonId: number | null }): RawBuilder<boolean> {
  const id = (value: number | null) => sql`${value}::bigint`;
  return eventVisibility(id(event.actorId), id(event.stackId), id(event.decisionId), id(event.reasonId));
}

/**
 * Sets `visible` on the events among `candidates` (a query of event ids) from what they name, and repeats
 * it on their event_tools rows, in one statement that writes only the rows that change.
 */
async function refreshEvents(trx: Trx, candidates: Sql): Promise<void> {
  const visibility = eventVisibility(sql.ref('e.actor_id'), sql.ref('e.stack_id'), sql.ref('e.decision_id'), sql.ref('e.reason_id'));
  await sql`
    with changed as (
      update events e set visible = ${visibility}
      where e.id in (${candidates}) and e.visible <> ${visibility}
      returning e.id, e.visible
    )
    update event_tools et set visible = c.visible from changed c where et.event_id = c.id`.execute(trx);
}

/**
 * Hides a pro/con, decision or stack, or shows it again (the moderators' flag), with the events that name it.
 * The caller holds the subject's lock and moves the counters that depend on it.
 */
export async function setContentHidden(trx: Trx, type: ContentType, id: number, hidden: boolean): Promise<void> {
  const { table, eventColumn } = CONTENT[type];
  await sql`update ${sql.table(table)} set hidden = ${hidden} where id = ${id}`.execute(trx);
  await refreshEvents(trx, sql`select ev.id from events ev where ev.${sql.raw(eventColumn)} = ${id}`);
}

/**
 * Locks everything a person wrote (FOR UPDATE), first thing in a suspension or its end: stacks, decisions,
 * then pros and cons, each before any tool, the order in which votes, follows, edits and moderators' actions
 * lock them, so that none of those can deadlock with the suspension's many rows.
 */
export async function lockAuthoredContent(trx: Trx, userId: number): Promise<void> {
  await sql`select id from stacks where owner_id = ${userId} order by id for update`.execute(trx);
  await sql`select id from decisions where author_id = ${userId} order by id for update`.execute(trx);
  await sql`select id from reasons where author_id = ${userId} order by id for update`.execute(trx);
}

/**
 * Marks everything a person wrote as by a suspended author, or no longer (the suspension itself, users.
 * suspended_at, is the caller's, and comes first; so does lockAuthoredContent), with the events by them or
 * naming what they wrote. Their
 * pros and cons that thereby stop (or start again) being visible take their votes out of (or back into)
 * their tools' votes_count in the same statement. A pro, con, decision or stack a moderator hid stays hidden.
 */
export async function setAuthorSuspended(trx: Trx, userId: number, suspended: boolean): Promise<void> {
  await sql`update stacks set author_suspended = ${suspended} where owner_id = ${userId} and author_suspended <> ${suspended}`.execute(trx);
  await sql`update decisions set author_suspended = ${suspended} where author_id = ${userId} and author_suspended <> ${suspended}`.execute(trx);
  await sql`
    with changed as (
      update reasons set author_suspended = ${suspended}
      where author_id = ${userId} and author_suspended <> ${suspended}
      returning tool_id, votes_count, hidden
    )
    update tools t set votes_count = t.votes_count + ${suspended ? -1 : 1} * c.votes
    from (select tool_id, sum(votes_count)::int as votes from changed where not hidden group by tool_id) c
    where c.tool_id = t.id`.execute(trx);
  await refreshEvents(
    trx,
    sql`select ev.id from events ev where ev.actor_id = ${userId}
        union all select ev.id from events ev join stacks s on s.id = ev.stack_id where s.owner_id = ${userId}
        union all select ev.id from events ev join decisions d on d.id = ev.decision_id where d.author_id = ${userId}
        union all select ev.id from events ev join reasons r on r.id = ev.reason_id where r.author_id = ${userId}`,
  );
}
