/**
 * `--growth`: the same community, more active. Doubles the events (each copied a little older, so the
 * first page of every feed stays what it was while each followed person has twice the history) and the
 * top tool's votes (each of its reasons gets as many new voters as it had), then sets the counters those
 * votes move from their counts. Set-based statements only; run on a copy of the benchmark database.
 */
import type { Database } from '@stackyard/db';
import { sql, type Kysely } from 'kysely';

export interface GrowthSummary {
  eventsAdded: number;
  votesAdded: number;
  topTool: string;
}

export async function doubleEvents(db: Kysely<Database>): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ top: number }>`select coalesce(max(id), 0)::bigint as top from events`.execute(trx);
    const top = Number(rows[0]?.top ?? 0);
    const inserted = await sql`
      insert into events (id, actor_id, verb, stack_id, decision_id, reason_id, tool_id, payload, visible, created_at)
      overriding system value
      select e.id + ${top}, e.actor_id, e.verb, e.stack_id, e.decision_id, e.reason_id, e.tool_id, e.payload, e.visible,
             e.created_at - make_interval(secs => 1 + (e.id % 86400))
      from events e
      where e.id <= ${top}`.execute(trx);
    await sql`
      insert into event_tools (event_id, tool_id, created_at, visible)
      select et.event_id + ${top}, et.tool_id, copy.created_at, et.visible
      from event_tools et
      join events copy on copy.id = et.event_id + ${top}
      where et.event_id <= ${top}`.execute(trx);
    await sql`select setval(pg_get_serial_sequence('events', 'id'), greatest((select max(id) from events), 1))`.execute(trx);
    return Number(inserted.numAffectedRows ?? 0);
  });
}

/** Each visible reason of the tool in the most stacks gets as many new voters as it had votes. */
export async function doubleTopToolVotes(db: Kysely<Database>): Promise<{ topTool: string; votesAdded: number }> {
  return db.transaction().execute(async (trx) => {
    const top = await trx.selectFrom('tools').select(['id', 'slug']).orderBy('stacks_count', 'desc').orderBy('id').limit(1).executeTakeFirstOrThrow();
    const inserted = await sql`
      insert into reason_votes (reason_id, user_id, created_at)
      select r.id, voter.id, now()
      from reasons r
      cross join lateral (
        select u.id from users u
        where u.suspended_at is null
          and not exists (select 1 from reason_votes v where v.reason_id = r.id and v.user_id = u.id)
        order by u.id
        limit r.votes_count
      ) voter
      where r.tool_id = ${top.id} and r.visible and r.votes_count > 0`.execute(trx);
    // The counters the new votes move, from their counts (the same definitions as findCounterDrift's).
    await sql`
      update reasons r set votes_count = counted.votes
      from (
        select v.reason_id, count(*)::int as votes
        from reason_votes v join users u on u.id = v.user_id join reasons of on of.id = v.reason_id
        where of.tool_id = ${top.id} and u.suspended_at is null
        group by v.reason_id
      ) counted
      where r.id = counted.reason_id and r.votes_count <> counted.votes`.execute(trx);
    await sql`
      update tools t set votes_count = counted.votes
      from (
        select count(*)::int as votes
        from reasons r join reason_votes v on v.reason_id = r.id join users u on u.id = v.user_id
        where r.tool_id = ${top.id} and r.visible and u.suspended_at is null
      ) counted
      where t.id = ${top.id}`.execute(trx);
    return { topTool: top.slug, votesAdded: Number(inserted.numAffectedRows ?? 0) };
  });
}

export async function grow(db: Kysely<Database>): Promise<GrowthSummary> {
  const eventsAdded = await doubleEvents(db);
  const { topTool, votesAdded } = await doubleTopToolVotes(db);
  await sql`analyze events, event_tools, reason_votes, reasons`.execute(db);
  return { eventsAdded, votesAdded, topTool };
}
