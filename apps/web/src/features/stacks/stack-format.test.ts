import type { StackDetail } from '@stackyard/domain';
import { describe, expect, it } from 'vitest';
import { layerToolCount, stackDescription, stackTools, toolProvenance } from './stack-format.js';

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

describe('toolProvenance', () => {
  const evidence = (file: string, line: number) => ({ file, line, kind: 'npm', package: 'react', snippet: '"react": "^19"' });
  const detected = { source: 'detected' as const, sourcePath: 'web/package.json', sourceLine: 4, detectedAt: '2025-05-01T10:00:00.000Z' };

  it('gives the first place detection saw the tool, when it confirmed it, and the other places', () => {
    expect(toolProvenance({ ...detected, evidence: [evidence('web/package.json', 4), evidence('package-lock.json', 12)] })).toEqual({
      place: 'web/package.json:4',
      confirmedAt: '2025-05-01T10:00:00.000Z',
      more: [evidence('package-lock.json', 12)],
    });
    expect(toolProvenance({ ...detected, evidence: [] })?.place).toBe('web/package.json:4');
    expect(toolProvenance({ ...detected, sourcePath: null, sourceLine: null, evidence: [] })?.place).toBe('a scan');
  });

  it('says nothing for a tool added by hand', () => {
    expect(toolProvenance({ source: 'manual', sourcePath: 'compose.yaml', sourceLine: 3, detectedAt: null, evidence: [evidence('compose.yaml', 3)] })).toBeNull();
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
