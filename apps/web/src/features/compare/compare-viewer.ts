import type { ToolViewerState } from '@stackyard/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../lib/api.js';
import { toolQuery } from '../tools/tool-queries.js';

/**
 * The viewer's follow and votes on one compared tool; null when nobody is signed in. A comparison is the
 * same for everyone, so these come from the tool's own page (['tools', 'detail', slug]), which the data
 * step loads only when the visitor may be signed in; it also leaves the pages a visitor most often opens
 * next already loaded. When the data step skipped them (certainly signed out), nothing is fetched here
 * either: every button is then the signed-out one, on the server and in the browser alike.
 *
 * Each tool's card and pro/con list asks for its own tool (one `useQuery` each, sharing the cache entry)
 * rather than the page asking for all of them with `useQueries`, whose code the page would download too.
 */
export function useToolViewer(slug: string): ToolViewerState | null {
  const api = useApi();
  const queryClient = useQueryClient();
  const options = toolQuery(api, slug);
  const { data } = useQuery({ ...options, enabled: queryClient.getQueryData(options.queryKey) !== undefined });
  return data?.viewer ?? null;
}
