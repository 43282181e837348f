import type { FeedItem, ToolLink } from '@stackyard/domain';

/** Tools named in one sentence before "and N more". */
export const TOOLS_NAMED = 3;

/** The tools a sentence names, and how many it leaves out. */
export function namedTools(tools: readonly ToolLink[]): { named: ToolLink[]; more: number } {
  const named = tools.slice(0, TOOLS_NAMED);
  return { named, more: tools.length - named.length };
}

/** What the actor did, as the words between their name and what it was done to. */
export function verbPhrase(item: FeedItem): string {
  switch (item.verb) {
    case 'stack.created':
      return 'shared the stack';
    case 'stack.tools_added':
      return 'added';
    case 'decision.posted':
      return item.tools.length > 0 ? 'wrote a decision about' : 'wrote a decision';
    case 'reason.added':
      return `added a ${item.reason?.kind ?? 'pro'} for`;
    case 'tool.followed':
      return 'followed';
  }
}

/** What the "Load more" control and the status line say. */
export function feedStatus({ count, loadingMore, hasMore }: { count: number; loadingMore: boolean; hasMore: boolean }): string {
  if (loadingMore) return 'Loading older items…';
  const shown = `${count} ${count === 1 ? 'item' : 'items'} shown`;
  return hasMore ? `${shown}.` : `${shown}, the whole feed.`;
}
