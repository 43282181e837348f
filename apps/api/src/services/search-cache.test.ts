import type { SearchResponse } from '@stackyard/domain';
import { describe, expect, it } from 'vitest';
import { createSearchCache, SHORT_SEARCH_TTL_MS } from './search-cache.js';

const answer = (slug: string): SearchResponse => ({ tools: [], stacks: [{ slug, name: slug, owner: 'ann' }], users: [] });

describe('the short-prefix search cache', () => {
  it('serves a stored answer while it is fresh and looks it up again after', async () => {
    let time = 1_000;
    const cache = createSearchCache(() => time);
    let loads = 0;
    const load = () => Promise.resolve(answer(`v${++loads}`));
    expect((await cache.get('6:n', load)).stacks[0]?.slug).toBe('v1');
    time += SHORT_SEARCH_TTL_MS - 1;
    expect((await cache.get('6:n', load)).stacks[0]?.slug).toBe('v1');
    time += 1;
    expect((await cache.get('6:n', load)).stacks[0]?.slug).toBe('v2');
    expect(loads).toBe(2);
  });

  it('keeps each key apart', async () => {
    const cache = createSearchCache(() => 0);
    await cache.get('6:n', () => Promise.resolve(answer('n')));
    expect((await cache.get('6:p', () => Promise.resolve(answer('p')))).stacks[0]?.slug).toBe('p');
  });

  it('shares one lookup between concurrent misses', async () => {
    const cache = createSearchCache(() => 0);
    let loads = 0;
    let finish: (value: SearchResponse) => void = () => {};
    const load = () => {
      loads += 1;
      return new Promise<SearchResponse>((resolve) => (finish = resolve));
    };
    const both = Promise.all([cache.get('6:n', load), cache.get('6:n', load)]);
    finish(answer('n'));
    expect((await both).map((found) => found.stacks[0]?.slug)).toEqual(['n', 'n']);
    expect(loads).toBe(1);
  });

  it('does not keep a failed lookup', async () => {
    const cache = createSearchCache(() => 0);
    await expect(cache.get('6:n', () => Promise.reject(new Error('connection lost')))).rejects.toThrow('connection lost');
    expect((await cache.get('6:n', () => Promise.resolve(answer('n')))).stacks[0]?.slug).toBe('n');
  });
});
