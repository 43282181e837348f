import { describe, expect, it } from 'vitest';
import { comparisonDescription, comparisonJsonLd, comparisonTitle, joinNames, type ComparisonHead } from './compare-meta.js';

const head: ComparisonHead = {
  path: '/compare/gunicorn-vs-passenger',
  tools: [
    { slug: 'gunicorn', name: 'Gunicorn', tagline: 'A pre-fork WSGI HTTP server for Python applications', logoUrl: null, functionName: 'Web Servers', websiteUrl: 'https://gunicorn.org' },
    { slug: 'passenger', name: 'Passenger', tagline: 'A fast and robust web and application server.', logoUrl: '/logos/passenger.svg', functionName: 'Web Servers', websiteUrl: null },
  ],
};

describe('a comparison in words', () => {
  it('joins two or three names', () => {
    expect(joinNames(['Gunicorn'])).toBe('Gunicorn');
    expect(joinNames(['Gunicorn', 'Passenger'])).toBe('Gunicorn and Passenger');
    expect(joinNames(['Caddy', 'Gunicorn', 'Passenger'])).toBe('Caddy, Gunicorn and Passenger');
  });

  it('asks the question people search for', () => {
    expect(comparisonTitle(['Gunicorn', 'Passenger'])).toBe('Gunicorn vs Passenger: what are the differences?');
    expect(comparisonTitle(['Caddy', 'Gunicorn', 'Passenger'])).toBe('Caddy vs Gunicorn vs Passenger: what are the differences?');
  });

  it('describes each tool by its tagline, ending every sentence once', () => {
    expect(comparisonDescription(head.tools)).toBe(
      'Gunicorn: A pre-fork WSGI HTTP server for Python applications. Passenger: A fast and robust web and application server. ' +
        'Compare their stacks, followers, pros and cons side by side.',
    );
  });
});

describe('the JSON-LD of a comparison', () => {
  const jsonLd = comparisonJsonLd(head, 'https://stackyard.example');

  it('is an ItemList of the tools as software applications, in order', () => {
    expect(jsonLd).toMatchObject({ '@type': 'ItemList', name: 'Gunicorn vs Passenger', url: 'https://stackyard.example/compare/gunicorn-vs-passenger', numberOfItems: 2 });
    expect(jsonLd.itemListElement).toEqual([
      {
        '@type': 'ListItem',
        position: 1,
        item: {
          '@type': 'SoftwareApplication',
          name: 'Gunicorn',
          description: 'A pre-fork WSGI HTTP server for Python applications',
          applicationCategory: 'Web Servers',
          url: 'https://stackyard.example/tools/gunicorn',
          sameAs: 'https://gunicorn.org',
        },
      },
      {
        '@type': 'ListItem',
        position: 2,
        item: {
          '@type': 'SoftwareApplication',
          name: 'Passenger',
          description: 'A fast and robust web and application server.',
          applicationCategory: 'Web Servers',
          url: 'https://stackyard.example/tools/passenger',
          image: 'https://stackyard.example/logos/passenger.svg',
        },
      },
    ]);
  });
});
