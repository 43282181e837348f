import type { Database, ReasonRow } from '@stackyard/db';
import type { Reason, ReasonKind } from '@stackyard/domain';
import type { Kysely } from 'kysely';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../errors/app-error.js';
import { insertEvent } from '../repositories/event-repository.js';
import {
  findReasonByText,
  hasVotesFromOthers,
  insertReasonUnlessDuplicate,
  lockVisibleReason,
  updateReasonText,
} from '../repositories/reason-repository.js';
import { lockToolBySlug } from '../repositories/tool-lock-repository.js';
import { addToReasonVoteCounters, insertReasonVote } from '../repositories/vote-repository.js';

function toReason(row: ReasonRow, votes: number): Reason {
  return { id: row.id, kind: row.kind, text: row.text, votes, createdAt: row.created_at.toISOString(), hidden: !row.visible };
}

/**
 * Adds a pro or con to a tool, with its author's vote, and the feed event, in one transaction. The same
 * text in another case is a 409 that carries the existing reason, so the client can offer a vote instead.
 */
export async function addReason(
  db: Kysely<Database>,
  viewer: Viewer,
  slug: string,
  input: { kind: ReasonKind; text: string },
  now: Date,
): Promise<Reason> {
  return db.transaction().execute(async (trx) => {
    const tool = await lockToolBySlug(trx, slug);
    if (!tool) throw AppError.notFound(`Tool "${slug}"`);
    const created = await insertReasonUnlessDuplicate(trx, { toolId: tool.id, kind: input.kind, text: input.text, authorId: viewer.id, now });
    if (!created) {
      const existing = await findReasonByText(trx, tool.id, input.text);
      throw new AppError('conflict', `"${existing?.text ?? input.text}" is already listed for this tool; vote for it instead`, {
        reason: existing?.visible ? toReason(existing, existing.votes_count) : null,
      });
    }
    await insertReasonVote(trx, created.id, viewer.id, now);
    const votes = await addToReasonVoteCounters(trx, created.id, tool.id, 1);
    await insertEvent(trx, {
      actorId: viewer.id,
      verb: 'reason.added',
      now,
      toolId: tool.id,
      reasonId: created.id,
      toolIds: [tool.id],
      payload: { kind: created.kind },
    });
    return toReason(created, votes);
  });
}

/** The author may reword a reason while nobody else has voted for it (their votes were for the old words). */
export async function editReason(db: Kysely<Database>, viewer: Viewer, id: number, text: string, now: Date): Promise<Reason> {
  return db.transaction().execute(async (trx) => {
    const reason = await lockVisibleReason(trx, id);
    if (!reason) throw AppError.notFound('That pro or con');
    if (reason.author_id !== viewer.id) throw new AppError('forbidden', 'Only its author can reword a pro or con');
    if (await hasVotesFromOthers(trx, id, viewer.id)) {
      throw new AppError('conflict', 'Others have voted for these words; add a new pro or con instead');
    }
    try {
      const updated = await updateReasonText(trx, id, text, now);
      return toReason(updated, updated.votes_count);
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw new AppError('conflict', 'The tool already has a pro or con with these words');
      throw error;
    }
  });
}
