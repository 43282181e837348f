import type { Database } from '@stackyard/db';
import type { VoteResult } from '@stackyard/domain';
import type { Kysely } from 'kysely';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../errors/app-error.js';
import { lockVisibleReason } from '../repositories/reason-repository.js';
import { lockActiveVoter } from '../repositories/user-repository.js';
import {
  addToReasonVoteCounters,
  deleteReasonVote,
  insertReasonVote,
  readReasonVotesCount,
} from '../repositories/vote-repository.js';

/**
 * Sets the viewer's vote on a reason: 1 votes, 0 takes the vote back. Idempotent: the counters of the reason
 * and its tool move in the same transaction as the vote row, and only when that row really changed.
 */
export async function setReasonVote(db: Kysely<Database>, viewer: Viewer, reasonId: number, value: 0 | 1, now: Date): Promise<VoteResult> {
  return db.transaction().execute(async (trx) => {
    if (!(await lockActiveVoter(trx, viewer.id))) throw new AppError('forbidden', 'This account is suspended; its votes do not count');
    const reason = await lockVisibleReason(trx, reasonId);
    if (!reason) throw AppError.notFound('That pro or con');
    const changed = value === 1 ? await insertReasonVote(trx, reasonId, viewer.id, now) : await deleteReasonVote(trx, reasonId, viewer.id);
    const votes = changed
      ? await addToReasonVoteCounters(trx, reasonId, reason.tool_id, value === 1 ? 1 : -1)
      : await readReasonVotesCount(trx, reasonId);
    return { id: reasonId, votes, viewerVoted: value === 1 };
  });
}
