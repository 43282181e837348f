import type { SearchResponse } from '@stackyard/domain';
import { describe, expect, it } from 'vitest';
import { describeSuggestions, highlightMatch, joinWithAnd, suggestionGroups } from './suggestions.js';

const tool = (slug: string, name: string) => ({ slug, name, logoUrl: null, tagline: `${name} tagline`, function: { slug: 'web-servers', name: 'Web Servers' } });
const results: SearchResponse = {
  tools: [tool('nginx', 'NGINX'), tool('google-app-engine', 'Google App Engine')],
  stacks: [{ slug: 'shop', name: 'Shop', owner: 'ada' }],
  users: [
    { username: 'ngina', displayName: 'Ngina Otieno', avatarUrl: '/a.png' },
    { username: 'nobody', displayName: null, avatarUrl: null },
  ],
};

describe('suggestionGroups', () => {
  it('groups tools, stacks and people, each linking to its page, and ends with searching everything', () => {
    const groups = suggestionGroups(results, 'ngi');
    expect(groups.map((group) => group.label)).toEqual(['Tools', 'Stacks', 'People', null]);
    expect(groups.flatMap((group) => group.options.map((option) => option.href))).toEqual([
      '/tools/nginx',
      '/tools/google-app-engine',
      '/stacks/ada/shop',
      '/users/ngina',
      '/users/nobody',
      '/search?q=ngi',
    ]);
  });

  it('names people by display name, falling back to the username', () => {
    const people = suggestionGroups(results, 'n')[2]!.options;
    expect(people.map((option) => [option.title, option.detail])).toEqual([
      ['Ngina Otieno', '@ngina'],
      ['nobody', '@nobody'],
    ]);
  });

  it('leaves out kinds without matches and keeps option ids unique', () => {
    const groups = suggestionGroups({ tools: [tool('redis', 'Redis')], stacks: [], users: [] }, 'red');
    expect(groups.map((group) => group.label)).toEqual(['Tools', null]);
    const ids = suggestionGroups(results, 'n').flatMap((group) => group.options.map((option) => option.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows at most five tools and three of the others', () => {
    const many: SearchResponse = {
      tools: Array.from({ length: 8 }, (_, i) => tool(`t${i}`, `T${i}`)),
      stacks: Array.from({ length: 6 }, (_, i) => ({ slug: `s${i}`, name: `S${i}`, owner: 'ada' })),
      users: Array.from({ length: 6 }, (_, i) => ({ username: `u${i}`, displayName: null, avatarUrl: null })),
    };
    expect(suggestionGroups(many, 'x').map((group) => group.options.length)).toEqual([5, 3, 3, 1]);
  });
});

describe('describeSuggestions', () => {
  it('counts each kind in words', () => {
    expect(describeSuggestions(suggestionGroups(results, 'n'))).toBe('2 tools, 1 stack and 2 people. Use the up and down arrows to choose one.');
  });

  it('says when there is nothing to choose but searching', () => {
    expect(describeSuggestions(suggestionGroups({ tools: [], stacks: [], users: [] }, 'zzz'))).toBe('No suggestions. Press Enter to search.');
  });
});

describe('joinWithAnd', () => {
  it('joins one, two and three parts', () => {
    expect(joinWithAnd([])).toBe('');
    expect(joinWithAnd(['a'])).toBe('a');
    expect(joinWithAnd(['a', 'b'])).toBe('a and b');
    expect(joinWithAnd(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('highlightMatch', () => {
  it('marks the first match, ignoring case', () => {
    expect(highlightMatch('NGINX', 'ngi')).toEqual([
      { text: 'NGI', match: true },
      { text: 'NX', match: false },
    ]);
    expect(highlightMatch('Google App Engine', 'ngi')).toEqual([
      { text: 'Google App E', match: false },
      { text: 'ngi', match: true },
      { text: 'ne', match: false },
    ]);
  });

  it('ignores accents on either side, keeping the original letters', () => {
    expect(highlightMatch('Café Society', 'cafe')).toEqual([
      { text: 'Café', match: true },
      { text: ' Society', match: false },
    ]);
    expect(highlightMatch('Cafe\u0301s', 'cafe')).toEqual([
      { text: 'Cafe\u0301', match: true },
      { text: 's', match: false },
    ]);
    expect(highlightMatch('Nuñez', 'NUN')[0]).toEqual({ text: 'Nuñ', match: true });
  });

  it('marks nothing when the text does not contain the query (a close spelling) or the query is blank', () => {
    expect(highlightMatch('PostgreSQL', 'postgress')).toEqual([{ text: 'PostgreSQL', match: false }]);
    expect(highlightMatch('Redis', '  ')).toEqual([{ text: 'Redis', match: false }]);
  });
});
