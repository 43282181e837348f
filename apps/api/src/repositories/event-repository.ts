import type { EventVerb, Trx } from '@stackyard/db';

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

/** Writes a feed event and the tools it touches, inside the transaction of the action it records. */
export async function insertEvent(trx: Trx, event: NewFeedEvent): Promise<number> {
  const { id } = await trx
    .insertInto('events')
    .values({
      actor_id: event.actorId,
      verb: event.verb,
      tool_id: event.toolId ?? null,
      stack_id: event.stackId ?? null,
      decision_id: event.decisionId ?? null,
      reason_id: event.reasonId ?? null,
      payload: JSON.stringify(event.payload ?? {}),
      created_at: event.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const toolIds = [...new Set(event.toolIds)];
  if (toolIds.length > 0) {
    await trx.insertInto('event_tools').values(toolIds.map((toolId) => ({ event_id: id, tool_id: toolId, created_at: event.now }))).execute();
  }
  return id;
}

/** Removes the "followed a tool" event when the follow is taken back, so the feed does not show it. */
export async function deleteToolFollowedEvents(trx: Trx, actorId: number, toolId: number): Promise<void> {
  await trx.deleteFrom('events').where('actor_id', '=', actorId).where('verb', '=', 'tool.followed').where('tool_id', '=', toolId).execute();
}
