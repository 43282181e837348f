import type { FeedItem } from '@stackyard/domain';
import { describe, expect, it } from 'vitest';
import { recentStacksAndDecisions } from './recent-activity.js';

const actor = { username: 'ada', displayName: 'Ada', avatarUrl: null };
const tools = [{ slug: 'gunicorn', name: 'Gunicorn', logoUrl: null }];

function event(id: number, verb: FeedItem['verb'], extra: Partial<FeedItem> = {}): FeedItem {
  return { id, verb, createdAt: `2026-11-${String(30 - id).padStart(2, '0')}T12:00:00.000Z`, actor, stack: null, decision: null, reason: null, tools, ...extra };
}

const stack = (slug: string) => ({ owner: 'ada', slug, name: slug.toUpperCase() });

describe('recentStacksAndDecisions', () => {
  it('keeps new stacks and decisions, newest first, and skips the other kinds of events', () => {
    const { stacks, decisions } = recentStacksAndDecisions(
      [
        event(1, 'tool.followed'),
        event(2, 'decision.posted', { decision: { id: 9, excerpt: 'We chose Gunicorn' }, stack: stack('api') }),
        event(3, 'stack.tools_added', { stack: stack('web') }),
        event(4, 'stack.created', { stack: stack('api') }),
        event(5, 'reason.added', { reason: { id: 1, kind: 'pro', text: 'Fast' } }),
      ],
      5,
    );

    expect(stacks.map((one) => one.slug)).toEqual(['api']);
    expect(stacks[0]).toMatchObject({ owner: 'ada', name: 'API', actor, tools });
    expect(decisions).toEqual([{ id: 9, excerpt: 'We chose Gunicorn', actor, stack: stack('api'), tools, createdAt: '2026-11-28T12:00:00.000Z' }]);
  });

  it('lists a stack once and stops at the limit of each kind', () => {
    const items = [
      event(1, 'stack.created', { stack: stack('a') }),
      event(2, 'stack.created', { stack: stack('a') }),
      event(3, 'stack.created', { stack: stack('b') }),
      event(4, 'stack.created', { stack: stack('c') }),
      event(5, 'decision.posted', { decision: { id: 1, excerpt: 'x' } }),
      event(6, 'decision.posted', { decision: { id: 2, excerpt: 'y' } }),
      event(7, 'decision.posted', { decision: { id: 3, excerpt: 'z' } }),
    ];
    const { stacks, decisions } = recentStacksAndDecisions(items, 2);

    expect(stacks.map((one) => one.slug)).toEqual(['a', 'b']);
    expect(decisions.map((one) => one.id)).toEqual([1, 2]);
  });
});
