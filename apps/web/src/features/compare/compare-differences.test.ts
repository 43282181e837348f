import { describe, expect, it } from 'vitest';
import { describeDifferences } from './compare-differences.js';
import { comparisonOf, profile } from './compare-fixtures.test-support.js';

const reason = (id: number, kind: 'pro' | 'con', text: string, votes: number) => ({ id, kind, text, votes, createdAt: '2026-01-01T00:00:00Z', hidden: false });

describe('the differences in words', () => {
  it('says where they sit, who leads, what people like and how they are licensed', () => {
    const gunicorn = profile('gunicorn', {
      name: 'Gunicorn',
      stats: { stacks: 17, detectedIn: 0, followers: 7, votes: 78, githubStars: null, githubForks: null, githubSyncedAt: null, githubPushedAt: null },
      pros: [reason(7, 'pro', 'Python', 34)],
    });
    const passenger = profile('passenger', {
      name: 'Passenger',
      stats: { stacks: 42, detectedIn: 0, followers: 29, votes: 134, githubStars: null, githubForks: null, githubSyncedAt: null, githubPushedAt: null },
      pros: [reason(1, 'pro', 'Nginx integration', 43)],
      cons: [reason(6, 'con', 'Cost', 1)],
      integrations: [{ slug: 'nginx', name: 'NGINX', logoUrl: null }],
    });
    const comparison = comparisonOf([gunicorn, passenger], {
      adoption: { months: ['2026-01', '2026-02'], series: [{ slug: 'gunicorn', stacksAdded: [1, 0] }, { slug: 'passenger', stacksAdded: [2, 1] }] },
    });
    expect(describeDifferences(comparison)).toEqual([
      'Both are listed under Web Servers (Application & Data › Platform as a Service).',
      'Passenger has more stacks: 42 stacks, against 17 for Gunicorn.',
      'Passenger has more followers: 29 followers, against 7 for Gunicorn.',
      'People like Gunicorn most for “Python” (34 votes) and Passenger for “Nginx integration” (43 votes).',
      'The most voted con of Passenger is “Cost”.',
      'Both are open source (MIT).',
      'Gunicorn integrates with no listed tool and Passenger integrates with 1 tool.',
      'In the last 6 months, 1 stack added Gunicorn and 3 stacks added Passenger.',
      'No stack uses both yet.',
    ]);
  });

  it('names the licences when the tools are all open source under different ones', () => {
    const tools = [profile('a', { license: 'Apache-2.0' }), profile('b'), profile('c', { license: 'BSD-2-Clause' })];
    expect(describeDifferences(comparisonOf(tools))).toContain('All three are open source: A under Apache-2.0, B under MIT and C under BSD-2-Clause.');
  });

  it('leaves out what does not apply and speaks of three tools as three', () => {
    const tools = [
      profile('a', { openSource: false, license: null }),
      profile('b', { function: { slug: 'proxies', name: 'Proxies' }, cons: [reason(2, 'con', 'Heavy', 5)] }),
      profile('c', { cons: [reason(3, 'con', 'Slow', 2)] }),
    ];
    expect(describeDifferences(comparisonOf(tools, { sharedStacks: { count: 1, items: [] } }))).toEqual([
      'They do different jobs: A is listed under Web Servers, B is listed under Proxies and C is listed under Web Servers.',
      'The most voted con of B is “Heavy” and of C “Slow”.',
      'A is proprietary, B is open source (MIT) and C is open source (MIT).',
      '1 stack uses all of them.',
    ]);
  });
});
