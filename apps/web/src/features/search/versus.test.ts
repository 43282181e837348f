import { describe, expect, it } from 'vitest';
import { comparePath } from '../compare/compare-slugs.js';
import { compareHref, parseVersus, withVersusTools } from './versus.js';

describe('parseVersus', () => {
  it('reads two or three names around vs, vs. or versus, in any case', () => {
    expect(parseVersus('gunicorn vs passenger')).toEqual(['gunicorn', 'passenger']);
    expect(parseVersus('Ruby on Rails VS. Django versus Laravel')).toEqual(['Ruby on Rails', 'Django', 'Laravel']);
  });

  it('is null for a plain search, a lone vs, too many names or the same name twice', () => {
    expect(parseVersus('nginx')).toBeNull();
    expect(parseVersus('vs code')).toBeNull();
    expect(parseVersus('nginx vs')).toBeNull();
    expect(parseVersus('a vs b vs c vs d')).toBeNull();
    expect(parseVersus('redis vs Redis')).toBeNull();
  });

  it('does not split words that merely contain vs', () => {
    expect(parseVersus('canvas versioning')).toBeNull();
  });
});

describe('compareHref', () => {
  it('names the comparison in slug order', () => {
    expect(compareHref(['passenger', 'gunicorn'])).toBe('/compare/gunicorn-vs-passenger');
    expect(compareHref(['c', 'a', 'b'])).toBe('/compare/a-vs-b-vs-c');
  });

  it('is the address the comparison page answers at', () => {
    for (const slugs of [['passenger', 'gunicorn'], ['nginx', 'apache-http-server', 'caddy'], ['node-js', 'deno']]) {
      expect(compareHref(slugs)).toBe(comparePath(slugs));
    }
  });

  it('is null for one tool, four, or the same tool twice', () => {
    expect(compareHref(['nginx'])).toBeNull();
    expect(compareHref(['a', 'b', 'c', 'd'])).toBeNull();
    expect(compareHref(['nginx', 'nginx'])).toBeNull();
  });
});

describe('withVersusTools', () => {
  const hit = (slug: string) => ({ slug, name: slug, logoUrl: null, tagline: '', function: { slug: 'f', name: 'F' } });
  const empty = { tools: [], stacks: [], users: [] };

  it('puts the tool each name found in front of the results, once each', () => {
    const results = { ...empty, tools: [hit('passenger'), hit('other')] };
    expect(withVersusTools(results, [hit('gunicorn'), hit('passenger')]).tools.map((tool) => tool.slug)).toEqual(['gunicorn', 'passenger', 'other']);
  });

  it('keeps what was found when a name finds nothing', () => {
    expect(withVersusTools(empty, [hit('gunicorn'), undefined]).tools.map((tool) => tool.slug)).toEqual(['gunicorn']);
    expect(withVersusTools(empty, [undefined, undefined])).toBe(empty);
  });
});
