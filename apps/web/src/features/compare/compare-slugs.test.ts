import { describe, expect, it } from 'vitest';
import { parseCompareSlugs, readCompareAddress } from './compare-address.js';
import { canonicalSlugs, comparePath, withoutTool, withTool } from './compare-slugs.js';

describe('parsing /compare/:slugs', () => {
  it('takes two or three slugs joined by -vs-, in the order written', () => {
    expect(parseCompareSlugs('passenger-vs-gunicorn')).toEqual(['passenger', 'gunicorn']);
    expect(parseCompareSlugs('puma-vs-gunicorn-vs-apache-http-server')).toEqual(['puma', 'gunicorn', 'apache-http-server']);
  });

  it.each([
    ['nothing', undefined],
    ['an empty param', ''],
    ['one tool', 'gunicorn'],
    ['four tools', 'a-vs-b-vs-c-vs-d'],
    ['the same tool twice', 'gunicorn-vs-gunicorn'],
    ['an empty side', 'gunicorn-vs-'],
    ['capitals', 'Gunicorn-vs-Passenger'],
    ['commas, the API form', 'gunicorn,passenger'],
    ['a doubled hyphen', 'gunicorn--vs-passenger'],
    ['spaces', 'gunicorn vs passenger'],
    ['a slug too long', `${'a'.repeat(81)}-vs-b`],
  ])('refuses %s', (_, param) => {
    expect(parseCompareSlugs(param)).toBeNull();
    expect(readCompareAddress(param)).toEqual({ kind: 'not-found' });
  });
});

describe('the canonical address', () => {
  it('sorts the slugs the way the API keys a comparison', () => {
    expect(canonicalSlugs(['passenger', 'gunicorn'])).toEqual(['gunicorn', 'passenger']);
    // Code-unit order, like the API's `<`: digits before letters, and a prefix before its longer names.
    expect(canonicalSlugs(['node', 'nodejs', '3scale'])).toEqual(['3scale', 'node', 'nodejs']);
  });

  it('does not reorder what it is given', () => {
    const slugs = ['b', 'a'];
    canonicalSlugs(slugs);
    expect(slugs).toEqual(['b', 'a']);
  });

  it('builds the page path in that order', () => {
    expect(comparePath(['passenger', 'gunicorn'])).toBe('/compare/gunicorn-vs-passenger');
    expect(comparePath(['puma', 'gunicorn', 'caddy'])).toBe('/compare/caddy-vs-gunicorn-vs-puma');
  });

  it('shows a canonical address and redirects any other order to it', () => {
    expect(readCompareAddress('gunicorn-vs-passenger')).toEqual({ kind: 'comparison', slugs: ['gunicorn', 'passenger'] });
    expect(readCompareAddress('passenger-vs-gunicorn')).toEqual({ kind: 'redirect', path: '/compare/gunicorn-vs-passenger' });
    expect(readCompareAddress('puma-vs-caddy-vs-gunicorn')).toEqual({ kind: 'redirect', path: '/compare/caddy-vs-gunicorn-vs-puma' });
    expect(readCompareAddress('caddy-vs-puma-vs-gunicorn')).toEqual({ kind: 'redirect', path: '/compare/caddy-vs-gunicorn-vs-puma' });
  });
});

describe('adding and removing a tool', () => {
  it('adds a third tool in canonical order', () => {
    expect(withTool(['gunicorn', 'passenger'], 'caddy')).toEqual(['caddy', 'gunicorn', 'passenger']);
  });

  it('adds neither a fourth tool nor one already there', () => {
    expect(withTool(['a', 'b', 'c'], 'd')).toBeNull();
    expect(withTool(['a', 'b'], 'a')).toBeNull();
  });

  it('removes a tool while two remain', () => {
    expect(withoutTool(['caddy', 'gunicorn', 'passenger'], 'gunicorn')).toEqual(['caddy', 'passenger']);
    expect(withoutTool(['gunicorn', 'passenger'], 'gunicorn')).toBeNull();
    expect(withoutTool(['a', 'b', 'c'], 'd')).toBeNull();
  });
});
