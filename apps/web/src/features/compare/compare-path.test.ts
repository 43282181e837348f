import { describe, expect, it } from 'vitest';
import { sharedCrumbs } from './compare-path.js';

const path = (layer: string, category: string, fn: string) => ({
  layer: { slug: layer, name: layer.toUpperCase() },
  category: { slug: category, name: category.toUpperCase() },
  function: { slug: fn, name: fn.toUpperCase() },
});

describe('the taxonomy the compared tools share', () => {
  it('is the whole path when they do the same job', () => {
    expect(sharedCrumbs([path('app', 'paas', 'web-servers'), path('app', 'paas', 'web-servers')])).toEqual([
      { name: 'APP', path: '/categories/app' },
      { name: 'PAAS', path: '/categories/app/paas' },
      { name: 'WEB-SERVERS', path: '/functions/web-servers' },
    ]);
  });

  it('stops where they part', () => {
    expect(sharedCrumbs([path('app', 'paas', 'web-servers'), path('app', 'databases', 'sql'), path('app', 'paas', 'web-servers')])).toEqual([
      { name: 'APP', path: '/categories/app' },
    ]);
    expect(sharedCrumbs([path('app', 'paas', 'x'), path('devops', 'paas', 'x')])).toEqual([]);
  });

  it('compares a category within its layer, not by slug alone', () => {
    expect(sharedCrumbs([path('app', 'tools', 'x'), path('devops', 'tools', 'x')])).toEqual([]);
  });
});
