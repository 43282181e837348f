import type { Decision } from '@stackyard/domain';
import { describe, expect, it } from 'vitest';
import { decisionHead, decisionJsonLd } from './decision-json-ld.js';

const decision: Decision = {
  id: 138,
  author: { username: 'mira_xu', displayName: 'Mira Xu', avatarUrl: null },
  body: 'Why we moved from **Liquibase** to Flyway.',
  html: '<p>Why we moved from <strong>Liquibase</strong> to Flyway.</p>\n',
  tools: [
    { slug: 'flyway', name: 'Flyway', logoUrl: null },
    { slug: 'liquibase', name: 'Liquibase', logoUrl: null },
  ],
  stack: { owner: 'mira_xu', slug: 'northwind-ledger', name: 'Northwind Ledger', hidden: false },
  votes: 4,
  createdAt: '2026-12-01T00:00:00.000Z',
  viewerVoted: null,
  hidden: false,
};

describe('decisionHead', () => {
  it('keeps what the head needs and leaves the rendered HTML out of the loader data', () => {
    const head = decisionHead(decision);
    expect(head).toMatchObject({ id: 138, title: 'Mira Xu’s decision on Flyway and Liquibase', description: 'Why we moved from Liquibase to Flyway.' });
    expect(JSON.stringify(head)).not.toContain('<p>');
  });
});

describe('decisionJsonLd', () => {
  it('is a DiscussionForumPosting by a Person about the tools, with its votes and stack', () => {
    expect(decisionJsonLd(decisionHead(decision), 'https://stackyard.example')).toMatchObject({
      '@type': 'DiscussionForumPosting',
      url: 'https://stackyard.example/decisions/138',
      author: { '@type': 'Person', name: 'Mira Xu', url: 'https://stackyard.example/users/mira_xu' },
      about: [{ name: 'Flyway' }, { name: 'Liquibase' }],
      interactionStatistic: { userInteractionCount: 4 },
      isPartOf: { url: 'https://stackyard.example/stacks/mira_xu/northwind-ledger' },
    });
  });
});
