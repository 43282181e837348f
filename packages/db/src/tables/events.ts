import type { ColumnType, Insertable, Selectable } from 'kysely';
import type { Defaulted, DefaultedTimestamp, Id } from './common.js';

export const EVENT_VERBS = [
  'stack.created',
  'stack.tools_added',
  'decision.posted',
  'reason.added',
  'tool.followed',
] as const;
export type EventVerb = (typeof EVENT_VERBS)[number];

/** The feed's source: one row per public action, written in the transaction of the action. */
export interface EventsTable {
  id: Id;
  actor_id: number;
  verb: EventVerb;
  stack_id: number | null;
  decision_id: number | null;
  reason_id: number | null;
  /** The tool the event is about, when there is one (a followed tool, the tool of a pro or con). */
  tool_id: number | null;
  payload: ColumnType<Record<string, unknown>, string | undefined, string>;
  /** Its actor is not suspended and what it names (stack, decision, pro or con) is visible; the feeds show only these. */
  visible: Defaulted<boolean>;
  created_at: DefaultedTimestamp;
}

export type EventRow = Selectable<EventsTable>;
export type NewEvent = Insertable<EventsTable>;
