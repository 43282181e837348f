import { describe, expect, it } from 'vitest';
import { describeSync, formatMonth, leaderOf, recentAdoption, statRows, summarizeAdoption } from './compare-stats.js';
import { profile } from './compare-fixtures.test-support.js';

describe('the figures side by side', () => {
  it('reads every figure of every tool, unknown GitHub figures as null', () => {
    const rows = statRows([
      profile('gunicorn', { stats: { stacks: 17, detectedIn: 0, followers: 7, votes: 78, githubStars: 10300, githubForks: 1800, githubSyncedAt: '2026-12-01T00:00:00Z', githubPushedAt: null } }),
      profile('passenger', { stats: { stacks: 42, detectedIn: 0, followers: 29, votes: 134, githubStars: null, githubForks: null, githubSyncedAt: null, githubPushedAt: null } }),
    ]);
    expect(rows.map((row) => [row.label, row.values, row.leader])).toEqual([
      ['Stacks', [17, 42], 1],
      ['Followers', [7, 29], 1],
      ['Votes', [78, 134], 1],
      ['GitHub stars', [10300, null], 0],
      ['GitHub forks', [1800, null], 0],
    ]);
  });

  it('names a leader only when one tool has strictly the most', () => {
    expect(leaderOf([3, 5, 4])).toBe(1);
    expect(leaderOf([5, 5, 4])).toBeNull();
    expect(leaderOf([4, 5, 5])).toBeNull();
    expect(leaderOf([0, 0])).toBeNull();
    expect(leaderOf([null, null])).toBeNull();
    expect(leaderOf([null, 0, 2])).toBe(2);
  });
});

describe('dates', () => {
  it('writes months in UTC whatever the local zone', () => {
    expect(formatMonth('2026-03')).toBe('Mar 2026');
    expect(formatMonth('2025-12')).toBe('Dec 2025');
    expect(formatMonth('nonsense')).toBe('nonsense');
  });

  it('says when GitHub was last read, or that it was not', () => {
    expect(describeSync('2026-12-03T23:30:00Z')).toBe('Synced Dec 3, 2026');
    expect(describeSync(null)).toBe('Not synced yet');
  });
});

describe('recent adoption', () => {
  it('adds up the last months of each series', () => {
    const adoption = { months: ['a', 'b', 'c'], series: [{ slug: 'x', stacksAdded: [5, 1, 2] }, { slug: 'y', stacksAdded: [0, 0, 0] }] };
    expect(recentAdoption(adoption, 2)).toEqual([{ slug: 'x', added: 3 }, { slug: 'y', added: 0 }]);
  });
});

describe('an adoption chart in figures', () => {
  it('totals each series, over the recent months too, and finds its busiest month (the latest of equals)', () => {
    const adoption = {
      months: ['2026-01', '2026-02', '2026-03', '2026-04'],
      series: [
        { slug: 'x', stacksAdded: [3, 1, 3, 0] },
        { slug: 'y', stacksAdded: [0, 0, 0, 0] },
      ],
    };
    expect(summarizeAdoption(adoption, 2)).toEqual([
      { slug: 'x', total: 7, recent: 3, busiest: { month: '2026-03', added: 3 } },
      { slug: 'y', total: 0, recent: 0, busiest: null },
    ]);
  });
});
