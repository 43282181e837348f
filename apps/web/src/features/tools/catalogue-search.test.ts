import { describe, expect, it } from 'vitest';
import { parseCatalogueSearch } from './catalogue-search.js';
import { legacyToolSlug, serializeCatalogueSearch } from './catalogue-url.js';

const params = (search: string) => new URLSearchParams(search);

describe('parseCatalogueSearch', () => {
  it('reads every filter from the query string', () => {
    expect(parseCatalogueSearch(params('?q=gun&layer=application-and-data&function=web-servers&openSource=true&sort=name'))).toEqual({
      q: 'gun',
      layer: 'application-and-data',
      function: 'web-servers',
      openSource: true,
      sort: 'name',
    });
    expect(parseCatalogueSearch(params('?openSource=false')).openSource).toBe(false);
  });

  it('drops each value the API would refuse and keeps the others', () => {
    expect(parseCatalogueSearch(params('?sort=random&layer=Not%20A%20Slug&function=web-servers&openSource=yes&q=%20'))).toEqual({
      function: 'web-servers',
      sort: 'popular',
    });
  });

  it('trims the search and caps it at the length the API takes', () => {
    expect(parseCatalogueSearch(params(`?q=${'x'.repeat(150)}`)).q).toHaveLength(100);
    expect(parseCatalogueSearch(params('?q=%20web%20server%20')).q).toBe('web server');
  });
});

describe('serializeCatalogueSearch', () => {
  it('writes nothing for the default view', () => {
    expect(serializeCatalogueSearch({ sort: 'popular' })).toBe('');
  });

  it('round-trips a full state', () => {
    const filters = { q: 'web server', layer: 'application-and-data', openSource: false, sort: 'votes' as const };
    const search = serializeCatalogueSearch(filters);

    expect(search).toBe('?q=web+server&layer=application-and-data&openSource=false&sort=votes');
    expect(parseCatalogueSearch(params(search))).toEqual(filters);
  });
});

describe('legacyToolSlug', () => {
  it('finds the tool an old panel link opened, and only a real slug', () => {
    expect(legacyToolSlug(params('?q=gun&tool=passenger'))).toBe('passenger');
    expect(legacyToolSlug(params('?tool=../etc'))).toBeUndefined();
    expect(legacyToolSlug(params('?q=gun'))).toBeUndefined();
  });
});
