import { pluralize } from './tool-format.js';

export interface ResultsStatus {
  pending: boolean;
  failed: boolean;
  updating: boolean;
  count: number;
  hasMore: boolean;
  search: string | undefined;
}

/** What the list is doing, as the one sentence its live region announces. */
export function resultsStatusText({ pending, failed, updating, count, hasMore, search }: ResultsStatus): string {
  if (pending) return 'Loading tools…';
  // The alert already speaks for a failure; an empty-results message would contradict it.
  if (failed) return '';
  if (updating) return 'Updating results…';
  if (count === 0) return search ? `No tools match “${search}”.` : 'No tools match these filters.';
  const shown = `Showing ${count} ${pluralize(count, 'tool')}`;
  return hasMore ? `${shown}; more are available.` : `${shown}.`;
}
