import { describe, expect, it } from 'vitest';
import { filtersOf, parseCatalogueSearch, serializeCatalogueSearch } from './catalogue-url.js';

describe('parseCatalogueSearch', () => {
  it('reads filters and the open tool from the query string', () => {
    expect(parseCatalogueSearch('?q=gun&function=web-servers&sort=name&tool=passenger')).toEqual({
      q: 'gun',
      function: 'web-servers',
      sort: 'name',
      tool: 'passenger',
    });
  });

  it('falls back to the default view for values it cannot use', () => {
    expect(parseCatalogueSearch('?sort=random&tool=../etc&layer=%20&q=')).toEqual({ sort: 'popular' });
  });
});

describe('serializeCatalogueSearch', () => {
  it('writes nothing for the default view', () => {
    expect(serializeCatalogueSearch({ sort: 'popular' })).toBe('');
  });

  it('round-trips a full state', () => {
    const state = { q: 'web server', layer: 'application-and-data', sort: 'votes' as const, tool: 'passenger' };
    const search = serializeCatalogueSearch(state);

    expect(search).toBe('?q=web+server&layer=application-and-data&sort=votes&tool=passenger');
    expect(parseCatalogueSearch(search)).toEqual(state);
  });
});

describe('filtersOf', () => {
  it('drops the open tool so opening one keeps the list query', () => {
    expect(filtersOf({ q: 'gun', sort: 'popular', tool: 'gunicorn' })).toEqual({ q: 'gun', sort: 'popular' });
  });
});
