import type { ToolViewerState } from '@stackyard/domain';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../lib/api.js';
import { toolQuery } from '../tools/tool-queries.js';

export interface ComparisonViewer {
  /** Whether the viewer follows the tool; null when nobody is signed in. */
  following: (slug: string) => boolean | null;
  /** Whether the viewer voted for a pro or con of the tool; null when nobody is signed in. */
  voted: (slug: string, reasonId: number) => boolean | null;
}

/**
 * The viewer's follows and votes on the compared tools. A comparison is the same for everyone, so these
 * come from the tools' own pages (['tools', 'detail', slug]), which the data step loads only when the
 * visitor may be signed in; it also leaves the pages a visitor most often opens next already loaded.
 * When the data step skipped them (certainly signed out), nothing is fetched here either: every button
 * is then the signed-out one, on the server and in the browser alike.
 */
export function useComparisonViewer(slugs: readonly string[]): ComparisonViewer {
  const api = useApi();
  const queryClient = useQueryClient();
  const details = useQueries({
    queries: slugs.map((slug) => {
      const options = toolQuery(api, slug);
      return { ...options, enabled: queryClient.getQueryData(options.queryKey) !== undefined };
    }),
  });
  const states = new Map<string, ToolViewerState | null>(slugs.map((slug, index) => [slug, details[index]?.data?.viewer ?? null]));
  return {
    following: (slug) => states.get(slug)?.following ?? null,
    voted: (slug, reasonId) => {
      const state = states.get(slug);
      return state ? state.votedReasonIds.includes(reasonId) : null;
    },
  };
}
