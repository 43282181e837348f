import { sql, type Kysely } from 'kysely';

/**
 * Whether a feed event may be shown: its actor is not suspended and it is not about hidden content.
 *
 * A PL/pgSQL function on purpose: the planner cannot inline it, so the feed's per-target top-N keeps
 * walking its index newest first and checks only the rows it is about to return. Written as NOT EXISTS
 * sub-queries in the feed itself, the same test was flattened into hash anti-joins over the whole events
 * table (seen in EXPLAIN with 200,000 events).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function event_is_visible(actor bigint, stack bigint, decision bigint, reason bigint)
    returns boolean
    language plpgsql stable
    as $$
    begin
      return not exists (select 1 from users u where u.id = actor and u.suspended_at is not null)
        and (stack is null or not exists (select 1 from stacks s where s.id = stack and s.hidden))
        and (decision is null or not exists (select 1 from decisions d where d.id = decision and d.hidden))
        and (reason is null or not exists (select 1 from reasons r where r.id = reason and r.hidden));
    end
    $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function if exists event_is_visible(bigint, bigint, bigint, bigint)`.execute(db);
}
