import type { CreateReportRequest, Report } from '@stackyard/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../lib/api.js';

/**
 * Files the viewer's report about a pro or con, decision, stack or person. A report changes no public page
 * by itself (enough established members' reports hide content, which the next read of that page shows);
 * the moderators' queue, when this browser has it, is refreshed by key so a moderator who reports sees it.
 */
export function useReportMutation() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: CreateReportRequest): Promise<Report> => (await api.reports.create({ body: request })).report,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['moderation', 'queue'] }),
  });
}
