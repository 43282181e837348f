import { sql, type Kysely } from 'kysely';
import { up as createEventIsVisible } from './20261125000200_event_visibility.js';

/**
 * Visibility as a stored fact rather than a computation on every read.
 *
 * Stacks, pros and cons and decisions keep `hidden` (a moderator hid it, or reports did) and gain
 * `author_suspended` (their author is suspended), kept apart so that lifting a suspension shows again only
 * what no moderator hid; `visible` is generated from the two. An event's `visible` is true when its actor is
 * not suspended and everything it names (stack, decision, pro or con) is visible; event_tools repeats it, as
 * it repeats created_at, so that each feed index can hold only what may be shown (partial indexes `where
 * visible`) and a feed's top-N never walks past hidden rows. The moderation actions set these columns in
 * their own transaction (apps/api repositories/visibility.ts); event_is_visible() is no longer needed.
 *
 * The backfill derives every column from the state of today: who is suspended and what is hidden.
 */
const eventIsVisible = `
  not exists (select 1 from users u where u.id = e.actor_id and u.suspended_at is not null)
  and coalesce((select s.visible from stacks s where s.id = e.stack_id), true)
  and coalesce((select d.visible from decisions d where d.id = e.decision_id), true)
  and coalesce((select r.visible from reasons r where r.id = e.reason_id), true)`;

const up_statements = [
  ...['stacks', 'reasons', 'decisions'].flatMap((table) => [
    `alter table ${table} add column author_suspended boolean not null default false`,
    `alter table ${table} add column visible boolean not null generated always as (not hidden and not author_suspended) stored`,
  ]),
  `update stacks s set author_suspended = true from users u where u.id = s.owner_id and u.suspended_at is not null`,
  `update reasons r set author_suspended = true from users u where u.id = r.author_id and u.suspended_at is not null`,
  `update decisions d set author_suspended = true from users u where u.id = d.author_id and u.suspended_at is not null`,

  `alter table events add column visible boolean not null default true`,
  `update events e set visible = false where not (${eventIsVisible})`,
  `alter table event_tools add column visible boolean not null default true`,
  `update event_tools et set visible = false from events e where e.id = et.event_id and not e.visible`,

  // The feed's walks, over what may be shown only.
  `drop index events_created_at_idx`,
  `create index events_created_at_idx on events (created_at desc, id desc) where visible`,
  `create index events_actor_id_visible_idx on events (actor_id, created_at desc, id desc) where visible`,
  `create index events_stack_id_visible_idx on events (stack_id, created_at desc, id desc) where visible and stack_id is not null`,
  `drop index event_tools_tool_id_idx`,
  `create index event_tools_tool_id_idx on event_tools (tool_id, created_at desc, event_id desc) where visible`,
  // What a moderation action looks up to set the visibility of the events about a subject.
  `create index events_decision_id_idx on events (decision_id) where decision_id is not null`,
  `create index events_reason_id_idx on events (reason_id) where reason_id is not null`,
  // Search over stacks filters on the new column, so its partial indexes follow it.
  `drop index stacks_search_prefix_idx`,
  `drop index stacks_search_trgm_idx`,
  `create index stacks_search_prefix_idx on stacks (search_text(name) text_pattern_ops) where visible`,
  `create index stacks_search_trgm_idx on stacks using gin (search_text(name) gin_trgm_ops) where visible`,

  `drop function event_is_visible(bigint, bigint, bigint, bigint)`,
];

const down_statements = [
  `drop index stacks_search_trgm_idx`,
  `drop index stacks_search_prefix_idx`,
  `create index stacks_search_prefix_idx on stacks (search_text(name) text_pattern_ops) where not hidden`,
  `create index stacks_search_trgm_idx on stacks using gin (search_text(name) gin_trgm_ops) where not hidden`,
  `drop index events_reason_id_idx`,
  `drop index events_decision_id_idx`,
  `drop index event_tools_tool_id_idx`,
  `create index event_tools_tool_id_idx on event_tools (tool_id, created_at desc, event_id desc)`,
  `drop index events_stack_id_visible_idx`,
  `drop index events_actor_id_visible_idx`,
  `drop index events_created_at_idx`,
  `create index events_created_at_idx on events (created_at desc, id desc)`,
  `alter table event_tools drop column visible`,
  `alter table events drop column visible`,
  ...['decisions', 'reasons', 'stacks'].flatMap((table) => [
    `alter table ${table} drop column visible`,
    `alter table ${table} drop column author_suspended`,
  ]),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of up_statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of down_statements) await sql.raw(statement).execute(db);
  await createEventIsVisible(db);
}
