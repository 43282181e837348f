import type { LayerNode } from '@stackyard/domain';
import { describe, expect, it } from 'vitest';
import { breadcrumbJsonLd, countFunctions, findCategory, findFunction, findLayer, rankedStatus, siblingFunctions, taxonomyTrail } from './taxonomy.js';

const layers: LayerNode[] = [
  {
    slug: 'application-and-data',
    name: 'Application & Data',
    toolCount: 30,
    categories: [
      {
        slug: 'databases',
        name: 'Databases',
        toolCount: 20,
        functions: [
          { slug: 'sql-databases', name: 'SQL Databases', toolCount: 9 },
          { slug: 'graph-databases', name: 'Graph Databases', toolCount: 3 },
          { slug: 'nosql-databases', name: 'NoSQL Databases', toolCount: 8 },
        ],
      },
    ],
  },
  {
    slug: 'devops',
    name: 'DevOps',
    toolCount: 4,
    categories: [{ slug: 'monitoring', name: 'Monitoring', toolCount: 4, functions: [{ slug: 'apm', name: 'APM', toolCount: 4 }] }],
  },
];

describe('finding a place in the taxonomy', () => {
  it('finds layers, categories under their own layer, and functions anywhere', () => {
    expect(findLayer(layers, 'devops')?.name).toBe('DevOps');
    expect(findLayer(layers, 'nope')).toBeNull();
    expect(findCategory(layers, 'application-and-data', 'databases')?.category.name).toBe('Databases');
    expect(findFunction(layers, 'apm')).toMatchObject({ layer: { slug: 'devops' }, category: { slug: 'monitoring' }, fn: { slug: 'apm' } });
  });

  it('refuses a category under another layer and an unknown function', () => {
    expect(findCategory(layers, 'devops', 'databases')).toBeNull();
    expect(findCategory(layers, 'nope', 'databases')).toBeNull();
    expect(findFunction(layers, 'nope')).toBeNull();
  });
});

describe('taxonomyTrail', () => {
  it('goes from the overview down to the function', () => {
    const place = findFunction(layers, 'sql-databases')!;
    expect(taxonomyTrail(place)).toEqual([
      { name: 'Categories', path: '/categories' },
      { name: 'Application & Data', path: '/categories/application-and-data' },
      { name: 'Databases', path: '/categories/application-and-data/databases' },
      { name: 'SQL Databases', path: '/functions/sql-databases' },
    ]);
    expect(taxonomyTrail({})).toEqual([{ name: 'Categories', path: '/categories' }]);
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers the crumbs from 1 with absolute URLs', () => {
    const ld = breadcrumbJsonLd(taxonomyTrail({ layer: layers[1]! }), 'https://stackyard.example');
    expect(ld).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Categories', item: 'https://stackyard.example/categories' },
        { '@type': 'ListItem', position: 2, name: 'DevOps', item: 'https://stackyard.example/categories/devops' },
      ],
    });
  });
});

describe('countFunctions and siblingFunctions', () => {
  it('counts every function, and lists the others of a category busiest first', () => {
    expect(countFunctions(layers)).toBe(4);
    expect(siblingFunctions(findFunction(layers, 'graph-databases')!).map((fn) => fn.slug)).toEqual(['sql-databases', 'nosql-databases']);
  });
});

describe('rankedStatus', () => {
  it('says how many of how many are shown', () => {
    expect(rankedStatus(24, 40, true)).toBe('Showing 24 of 40 tools, most used first.');
    expect(rankedStatus(40, 40, false)).toBe('All 40 tools, most used first.');
    expect(rankedStatus(1, 1, false)).toBe('The only tool, most used first.');
    expect(rankedStatus(0, 0, false)).toBe('No tools yet.');
  });

  it('never says all are shown while more pages remain, even when the count is behind', () => {
    expect(rankedStatus(24, 20, true)).toBe('Showing 24 of 25 tools, most used first.');
  });
});
