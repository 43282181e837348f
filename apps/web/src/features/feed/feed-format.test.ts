import type { FeedItem } from '@stackyard/domain';
import { describe, expect, it } from 'vitest';
import { feedStatus, namedTools, verbPhrase } from './feed-format.js';

const actor = { username: 'ada', displayName: 'Ada', avatarUrl: null };
const tool = (slug: string) => ({ slug, name: slug.toUpperCase(), logoUrl: null });

function item(verb: FeedItem['verb'], extra: Partial<FeedItem> = {}): FeedItem {
  return { id: 1, verb, createdAt: '2026-11-30T12:00:00.000Z', actor, stack: null, decision: null, reason: null, tools: [tool('nginx')], ...extra };
}

describe('feed sentences', () => {
  it('says what was done in words that read after the actor', () => {
    expect(verbPhrase(item('stack.created'))).toBe('shared the stack');
    expect(verbPhrase(item('stack.tools_added'))).toBe('added');
    expect(verbPhrase(item('decision.posted'))).toBe('wrote a decision about');
    expect(verbPhrase(item('decision.posted', { tools: [] }))).toBe('wrote a decision');
    expect(verbPhrase(item('reason.added', { reason: { id: 1, kind: 'con', text: 'Slow' } }))).toBe('added a con for');
    expect(verbPhrase(item('tool.followed'))).toBe('followed');
  });

  it('names three tools and counts the rest', () => {
    expect(namedTools([tool('a'), tool('b')])).toEqual({ named: [tool('a'), tool('b')], more: 0 });
    expect(namedTools([tool('a'), tool('b'), tool('c'), tool('d'), tool('e')]).more).toBe(2);
  });

  it('tells how much is shown and whether there is more', () => {
    expect(feedStatus({ count: 20, loadingMore: false, hasMore: true })).toBe('20 items shown.');
    expect(feedStatus({ count: 1, loadingMore: false, hasMore: false })).toBe('1 item shown, the whole feed.');
    expect(feedStatus({ count: 20, loadingMore: true, hasMore: true })).toBe('Loading older items…');
  });
});
