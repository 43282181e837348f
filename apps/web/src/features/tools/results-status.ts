import { pluralize } from './tool-format.js';

export interface ResultsStatus {
  /** The router is loading the answer to newer filters. */
  updating: boolean;
  count: number;
  hasMore: boolean;
  search: string | undefined;
}

/** What the list is doing, as the one sentence its live region announces. */
export function resultsStatusText({ updating, count, hasMore, search }: ResultsStatus): string {
  if (updating) return 'Updating results…';
  if (count === 0) return search ? `No tools match “${search}”.` : 'No tools match these filters.';
  const shown = `Showing ${count} ${pluralize(count, 'tool')}`;
  return hasMore ? `${shown}; more are available.` : `${shown}.`;
}
