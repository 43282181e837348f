import type { StackDetail } from '@stackyard/domain';
import { describe, expect, it } from 'vitest';
import { layerToolCount, stackDescription, stackTools, toolOrigin } from './stack-format.js';

function tool(slug: string) {
  return {
    slug,
    name: slug.toUpperCase(),
    logoUrl: null,
    tagline: '',
    note: null,
    source: 'manual' as const,
    sourcePath: null, sourceLine: null, detectedAt: null, evidence: [],
    addedAt: '2026-11-28T11:27:45.923Z',
    function: { slug: 'f', name: 'F' },
  };
}

const groups: StackDetail['groups'] = [
  {
    slug: 'app',
    name: 'App',
    categories: [
      { slug: 'lang', name: 'Languages', tools: [tool('ruby'), tool('rails')] },
      { slug: 'db', name: 'Databases', tools: [tool('postgresql')] },
    ],
  },
  { slug: 'ops', name: 'DevOps', categories: [{ slug: 'ci', name: 'CI', tools: [tool('a'), tool('b'), tool('c'), tool('d')] }] },
];

describe('toolOrigin', () => {
  it('names the file a scan found the tool in', () => {
    expect(toolOrigin({ source: 'detected', sourcePath: 'Gemfile' })).toBe('Detected in Gemfile');
    expect(toolOrigin({ source: 'detected', sourcePath: null })).toBe('Detected by a scan');
  });

  it('says nothing for a tool added by hand', () => {
    expect(toolOrigin({ source: 'manual', sourcePath: null })).toBeNull();
  });
});

describe('layerToolCount and stackTools', () => {
  it('count and list the tools over every category, in page order', () => {
    expect(layerToolCount(groups[0]!)).toBe(3);
    expect(stackTools({ groups }).map((t) => t.slug)).toEqual(['ruby', 'rails', 'postgresql', 'a', 'b', 'c', 'd']);
  });
});

describe('stackDescription', () => {
  it('uses the stack’s own description when it has one', () => {
    expect(stackDescription({ name: 'S', description: 'Ours.', groups }, 'Ann')).toBe('Ours.');
  });

  it('names the first five tools otherwise, and how many more there are', () => {
    expect(stackDescription({ name: 'S', description: ' ', groups }, 'Ann')).toBe('S by Ann: RUBY, RAILS, POSTGRESQL, A, B and 2 more.');
    expect(stackDescription({ name: 'S', description: '', groups: [] }, 'Ann')).toBe('S, a stack shared by Ann on Stackyard.');
  });
});
