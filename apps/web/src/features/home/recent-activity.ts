import type { FeedItem } from '@stackyard/domain';

export interface RecentStack {
  owner: string;
  slug: string;
  name: string;
  actor: FeedItem['actor'];
  tools: FeedItem['tools'];
  createdAt: string;
}

export interface RecentDecision {
  id: number;
  excerpt: string;
  actor: FeedItem['actor'];
  stack: FeedItem['stack'];
  tools: FeedItem['tools'];
  createdAt: string;
}

/**
 * The newly shared stacks and the decisions just posted, from a page of the public feed (newest first):
 * each stack once, at most `limit` of each.
 */
export function recentStacksAndDecisions(items: FeedItem[], limit: number): { stacks: RecentStack[]; decisions: RecentDecision[] } {
  const stacks: RecentStack[] = [];
  const decisions: RecentDecision[] = [];
  const seenStacks = new Set<string>();
  for (const item of items) {
    if (item.verb === 'stack.created' && item.stack && stacks.length < limit) {
      const key = `${item.stack.owner}/${item.stack.slug}`;
      if (seenStacks.has(key)) continue;
      seenStacks.add(key);
      stacks.push({ ...item.stack, actor: item.actor, tools: item.tools, createdAt: item.createdAt });
    } else if (item.verb === 'decision.posted' && item.decision && decisions.length < limit) {
      decisions.push({ ...item.decision, actor: item.actor, stack: item.stack, tools: item.tools, createdAt: item.createdAt });
    }
  }
  return { stacks, decisions };
}
