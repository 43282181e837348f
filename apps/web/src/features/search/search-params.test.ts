import { searchTextParam } from '@stackyard/domain';
import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_LENGTH, normalizeSearchText, parseSearchPageParams, searchPageHref } from './search-params.js';

const parse = (search: string) => parseSearchPageParams(new URLSearchParams(search)).q;

describe('normalizeSearchText', () => {
  it('folds white space and trims', () => {
    expect(normalizeSearchText('  ruby   on\trails \n')).toBe('ruby on rails');
  });

  it('turns control characters the API refuses into spaces', () => {
    expect(normalizeSearchText('ngi\u0000nx\u007f')).toBe('ngi nx');
  });

  it('cuts long text to what the API takes, without splitting a character in two', () => {
    expect(normalizeSearchText('a'.repeat(150))).toHaveLength(MAX_SEARCH_LENGTH);
    const emojiAtTheCut = `${'a'.repeat(MAX_SEARCH_LENGTH - 1)}😀`;
    expect(normalizeSearchText(emojiAtTheCut)).toBe('a'.repeat(MAX_SEARCH_LENGTH - 1));
  });

  it('replaces half of a surrogate pair, which cannot be sent as UTF-8', () => {
    expect(normalizeSearchText('x\ud800y')).toBe('x\ufffdy');
  });
});

describe('parseSearchPageParams', () => {
  it('reads the term', () => {
    expect(parse('?q=nginx')).toBe('nginx');
    expect(parse('?q=ruby+on+rails')).toBe('ruby on rails');
  });

  it('has no term when q is missing, empty or only spaces', () => {
    expect(parse('')).toBeNull();
    expect(parse('?q=')).toBeNull();
    expect(parse('?q=%20%20')).toBeNull();
  });

  it('takes the first q when there are several', () => {
    expect(parse('?q=redis&q=nginx')).toBe('redis');
  });

  it('cleans what it reads rather than refusing it', () => {
    expect(parse('?q=%00nginx%09')).toBe('nginx');
    expect(parse(`?q=${'b'.repeat(300)}`)).toHaveLength(MAX_SEARCH_LENGTH);
  });
});

describe('what the page sends the API', () => {
  it('always passes the API\'s own schema of a search term', () => {
    for (const raw of ['nginx', '  a  b ', 'x\u0000y', '\ud800', 'é'.repeat(120), `${'a'.repeat(99)}😀`, '\u0085 \u2028 redis']) {
      const q = parse(`?${new URLSearchParams({ q: raw })}`);
      if (q !== null) expect(searchTextParam.safeParse(q).success, JSON.stringify(raw)).toBe(true);
    }
  });
});

describe('searchPageHref', () => {
  it('encodes the term', () => {
    expect(searchPageHref('c++ & co')).toBe('/search?q=c%2B%2B+%26+co');
  });

  it('is the bare page without one', () => {
    expect(searchPageHref(null)).toBe('/search');
  });
});
