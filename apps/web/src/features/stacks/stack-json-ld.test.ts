import { describe, expect, it } from 'vitest';
import { stackJsonLd } from './stack-json-ld.js';

describe('stackJsonLd', () => {
  it('is a CollectionPage whose main entity lists the tools in page order', () => {
    const ld = stackJsonLd(
      {
        owner: 'mira_xu',
        slug: 'northwind-ledger',
        name: 'Northwind Ledger',
        description: 'The system behind Northwind.',
        ownerName: 'Mira Xu',
        createdAt: '2026-07-16T00:00:00.000Z',
        updatedAt: '2026-11-30T00:00:00.000Z',
        tools: [
          { slug: 'java', name: 'Java' },
          { slug: 'flyway', name: 'Flyway' },
        ],
      },
      'https://stackyard.example',
    );
    expect(ld).toMatchObject({
      '@type': 'CollectionPage',
      url: 'https://stackyard.example/stacks/mira_xu/northwind-ledger',
      author: { '@type': 'Person', url: 'https://stackyard.example/users/mira_xu' },
      mainEntity: {
        '@type': 'ItemList',
        numberOfItems: 2,
        itemListElement: [
          { position: 1, item: { name: 'Java', url: 'https://stackyard.example/tools/java' } },
          { position: 2, item: { name: 'Flyway', url: 'https://stackyard.example/tools/flyway' } },
        ],
      },
    });
  });
});
