import type { SearchResponse } from '@stackyard/domain';
import { describe, expect, it } from 'vitest';
import { ANSWER_TTL_MS, createAnswerCache } from './answer-cache.js';

const answer = (slug: string): SearchResponse => ({ tools: [], stacks: [{ slug, name: slug, owner: 'ann' }], users: [] });

describe('the answer cache', () => {
  it('serves a stored answer while it is fresh and looks it up again after', async () => {
    let time = 1_000;
    const cache = createAnswerCache<SearchResponse>({ now: () => time });
    let loads = 0;
    const load = () => Promise.resolve(answer(`v${++loads}`));
    expect((await cache.get('6:n', '1', load)).stacks[0]?.slug).toBe('v1');
    time += ANSWER_TTL_MS - 1;
    expect((await cache.get('6:n', '1', load)).stacks[0]?.slug).toBe('v1');
    time += 1;
    expect((await cache.get('6:n', '1', load)).stacks[0]?.slug).toBe('v2');
    expect(loads).toBe(2);
  });

  it('lets go of answers that have expired as soon as another is stored', async () => {
    let time = 0;
    const cache = createAnswerCache<SearchResponse>({ now: () => time });
    for (const key of ['6:a', '6:b', '6:c']) await cache.get(key, '1', () => Promise.resolve(answer(key)));
    time += ANSWER_TTL_MS / 2;
    await cache.get('6:d', '1', () => Promise.resolve(answer('d')));
    expect(cache.size()).toBe(4);
    // a, b and c have expired; d has not.
    time += ANSWER_TTL_MS / 2;
    await cache.get('6:e', '1', () => Promise.resolve(answer('e')));
    expect(cache.size()).toBe(2);
  });

  it('keeps each key apart', async () => {
    const cache = createAnswerCache<SearchResponse>({ now: () => 0 });
    await cache.get('6:n', '1', () => Promise.resolve(answer('n')));
    expect((await cache.get('6:p', '1', () => Promise.resolve(answer('p')))).stacks[0]?.slug).toBe('p');
  });

  it('shares one lookup between concurrent misses', async () => {
    const cache = createAnswerCache<SearchResponse>({ now: () => 0 });
    let loads = 0;
    let finish: (value: SearchResponse) => void = () => {};
    const load = () => {
      loads += 1;
      return new Promise<SearchResponse>((resolve) => (finish = resolve));
    };
    const both = Promise.all([cache.get('6:n', '1', load), cache.get('6:n', '1', load)]);
    finish(answer('n'));
    expect((await both).map((found) => found.stacks[0]?.slug)).toEqual(['n', 'n']);
    expect(loads).toBe(1);
  });

  it('does not keep a failed lookup', async () => {
    const cache = createAnswerCache<SearchResponse>({ now: () => 0 });
    await expect(cache.get('6:n', '1', () => Promise.reject(new Error('connection lost')))).rejects.toThrow('connection lost');
    expect((await cache.get('6:n', '1', () => Promise.resolve(answer('n')))).stacks[0]?.slug).toBe('n');
  });

  it('makes room by dropping the oldest answer, never one it just stored', async () => {
    let time = 0;
    const outcomes: string[] = [];
    const cache = createAnswerCache<SearchResponse>({ now: () => time, maxEntries: 2, counted: (outcome) => outcomes.push(outcome) });
    const load = (slug: string) => () => Promise.resolve(answer(slug));
    await cache.get('a', '1', load('a'));
    time += 1;
    await cache.get('b', '1', load('b'));
    time += 1;
    await cache.get('c', '1', load('c'));
    expect((await cache.get('b', '1', load('b2'))).stacks[0]?.slug).toBe('b');
    expect((await cache.get('c', '1', load('c2'))).stacks[0]?.slug).toBe('c');
    expect((await cache.get('a', '1', load('a2'))).stacks[0]?.slug).toBe('a2');
    expect(outcomes).toEqual(['miss', 'miss', 'miss', 'hit', 'hit', 'miss']);
  });

  it('stores an answer looked up again after it expired as the newest', async () => {
    let time = 0;
    const cache = createAnswerCache<SearchResponse>({ now: () => time, maxEntries: 2 });
    const load = (slug: string) => () => Promise.resolve(answer(slug));
    await cache.get('a', '1', load('a'));
    await cache.get('b', '1', load('b'));
    time += ANSWER_TTL_MS;
    await cache.get('a', '1', load('a2'));
    await cache.get('c', '1', load('c'));
    // b was the oldest: c took its place, and a's fresh answer stayed.
    expect((await cache.get('a', '1', load('a3'))).stacks[0]?.slug).toBe('a2');
  });

  it('looks an answer up again when the version it depends on changed, however fresh it is', async () => {
    const cache = createAnswerCache<SearchResponse>({ now: () => 0 });
    await cache.get('6:n', '1', () => Promise.resolve(answer('before')));
    expect((await cache.get('6:n', '2', () => Promise.resolve(answer('after')))).stacks[0]?.slug).toBe('after');
    expect((await cache.get('6:n', '2', () => Promise.resolve(answer('again')))).stacks[0]?.slug).toBe('after');
  });
});
