import type { Insertable, Selectable } from 'kysely';
import type { Defaulted, DefaultedTimestamp } from './common.js';

/** Every tool an event touches, so a follower of a tool finds the event through one index. */
export interface EventToolsTable {
  event_id: number;
  tool_id: number;
  /** The event's time, repeated here so the per-tool index is ordered by it. */
  created_at: DefaultedTimestamp;
  /** The event's visibility, repeated for the same reason: the per-tool index holds visible events only. */
  visible: Defaulted<boolean>;
}

export type EventToolRow = Selectable<EventToolsTable>;
export type NewEventTool = Insertable<EventToolsTable>;
