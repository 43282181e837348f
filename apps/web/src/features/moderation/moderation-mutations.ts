import type { ModerationActionRequest, ModerationActionResult, ReportQueueItem } from '@stackyard/domain';
import { useMutation, useQueryClient, type InfiniteData, type QueryKey } from '@tanstack/react-query';
import { useApi } from '../../lib/api.js';
import { REPORT_QUEUE_KEY } from './moderation-queries.js';

type QueuePages = InfiniteData<{ items: ReportQueueItem[]; nextCursor: string | null }, string | null>;

/** The pages that show a subject of this kind, and so may show it differently after an action. */
const SHOWN_ON: Record<ModerationActionRequest['subjectType'], QueryKey[]> = {
  reason: [['tools'], ['compare']],
  decision: [['decisions'], ['tools', 'detail'], ['stacks', 'detail'], ['users', 'detail']],
  stack: [['stacks'], ['users', 'detail'], ['tools', 'stacks']],
  // A suspension hides everything the person wrote and takes their votes out of every count.
  user: [['users'], ['stacks'], ['tools'], ['decisions'], ['compare'], ['feed']],
};

/**
 * A moderator's action on a queue entry. Once it is through, the entry leaves the queue in the cache (its
 * reports are closed; the cursors of later pages stay valid, being keys, not offsets), the public log is
 * refreshed, and the pages that show the subject are marked stale so they are read again.
 */
export function useModerationActionMutation() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: ModerationActionRequest): Promise<ModerationActionResult> => (await api.moderation.act({ body: request })).result,
    onSuccess: (result) => {
      queryClient.setQueryData<QueuePages>(REPORT_QUEUE_KEY, (queue) =>
        queue
          ? {
              ...queue,
              pages: queue.pages.map((page) => ({
                ...page,
                items: page.items.filter((item) => !(item.subjectType === result.subjectType && item.subjectId === result.subjectId)),
              })),
            }
          : queue,
      );
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ['moderation', 'log'] }),
        ...SHOWN_ON[result.subjectType].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      ]);
    },
  });
}
