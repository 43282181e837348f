import { describe, expect, it } from 'vitest';
import { describeResultCounts } from './search-summary.js';

const of = (tools: number, stacks: number, users: number) => ({
  tools: Array.from({ length: tools }, () => ({ slug: 't', name: 'T', logoUrl: null, tagline: '', function: { slug: 'f', name: 'F' } })),
  stacks: Array.from({ length: stacks }, () => ({ slug: 's', name: 'S', owner: 'o' })),
  users: Array.from({ length: users }, () => ({ username: 'u', displayName: null, avatarUrl: null })),
});

describe('describeResultCounts', () => {
  it('counts each kind that has matches, in words', () => {
    expect(describeResultCounts(of(3, 1, 2))).toBe('3 tools, 1 stack and 2 people match.');
    expect(describeResultCounts(of(0, 2, 1))).toBe('2 stacks and 1 person match.');
  });

  it('agrees with a single match', () => {
    expect(describeResultCounts(of(1, 0, 0))).toBe('1 tool matches.');
  });

  it('says when nothing matches', () => {
    expect(describeResultCounts(of(0, 0, 0))).toBe('No tools, stacks or people match.');
  });
});
