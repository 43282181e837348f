import type { SearchResponse } from '@stackyard/domain';
import { joinWithAnd } from './suggestions.js';

/** "3 tools, 1 stack and 2 people match." for the results page (and its description). */
export function describeResultCounts(results: Pick<SearchResponse, 'tools' | 'stacks' | 'users'>): string {
  const counts: [number, string, string][] = [
    [results.tools.length, 'tool', 'tools'],
    [results.stacks.length, 'stack', 'stacks'],
    [results.users.length, 'person', 'people'],
  ];
  const parts = counts.filter(([count]) => count > 0).map(([count, one, many]) => `${count} ${count === 1 ? one : many}`);
  if (parts.length === 0) return 'No tools, stacks or people match.';
  const total = counts.reduce((sum, [count]) => sum + count, 0);
  return `${joinWithAnd(parts)} ${total === 1 ? 'matches' : 'match'}.`;
}
