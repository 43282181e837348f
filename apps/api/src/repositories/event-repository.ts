import type { EventVerb, Trx } from '@stackyard/db';
import { newEventVisibility } from './visibility.js';

export interface NewFeedEvent {
  actorId: number;
  verb: EventVerb;
  now: Date;
  toolId?: number | null;
  stackId?: number | null;
  decisionId?: number | null;
  reasonId?: number | null;
  /** Every tool the event touches; a follower of any of them sees it. */
  toolIds: number[];
  payload?: Record<string, unknown>;
}

/**
 * Writes a feed event and the tools it touches, inside the transaction of the action it records. It is
 * visible unless it names something hidden (tools added to a stack a moderator hid, by its owner).
 */
export async function insertEvent(trx: Trx, event: NewFeedEvent): Promise<number> {
  const names = { actorId: event.actorId, stackId: event.stackId ?? null, decisionId: event.decisionId ?? null, reasonId: event.reasonId ?? null };
  const { id, visible } = await trx
    .insertInto('events')
    .values({
      actor_id: names.actorId,
      verb: event.verb,
      tool_id: event.toolId ?? null,
      stack_id: names.stackId,
      decision_id: names.decisionId,
      reason_id: names.reasonId,
      payload: JSON.stringify(event.payload ?? {}),
      visible: newEventVisibility(names),
      created_at: event.now,
    })
    .returning(['id', 'visible'])
    .executeTakeFirstOrThrow();
  const toolIds = [...new Set(event.toolIds)];
  if (toolIds.length > 0) {
    await trx
      .insertInto('event_tools')
      .values(toolIds.map((toolId) => ({ event_id: id, tool_id: toolId, created_at: event.now, visible })))
      .execute();
  }
  return id;
}

/** Removes the "followed a tool" event when the follow is taken back, so the feed does not show it. */
export async function deleteToolFollowedEvents(trx: Trx, actorId: number, toolId: number): Promise<void> {
  await trx.deleteFrom('events').where('actor_id', '=', actorId).where('verb', '=', 'tool.followed').where('tool_id', '=', toolId).execute();
}
