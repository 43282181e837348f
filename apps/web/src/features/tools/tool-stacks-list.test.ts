import type { ToolStack } from '@stackyard/domain';
import { describe, expect, it } from 'vitest';
import { mergeToolStacks } from './tool-stacks-list.js';

function stack(owner: string, slug: string): ToolStack {
  return {
    slug,
    name: slug,
    description: '',
    owner: { username: owner, displayName: null, avatarUrl: null },
    stats: { tools: 3, followers: 0 },
    hidden: false,
    addedAt: '2026-11-30T12:00:00.000Z',
  };
}

describe('mergeToolStacks', () => {
  it('keeps the detail order and adds each fetched stack once', () => {
    const merged = mergeToolStacks([stack('ada', 'api'), stack('bo', 'web')], [[stack('ada', 'api'), stack('bo', 'web'), stack('cy', 'etl')], [stack('dee', 'ml')]]);

    expect(merged.map((one) => `${one.owner.username}/${one.slug}`)).toEqual(['ada/api', 'bo/web', 'cy/etl', 'dee/ml']);
  });

  it('tells apart stacks of the same name by different owners', () => {
    expect(mergeToolStacks([stack('ada', 'api')], [[stack('bo', 'api')]])).toHaveLength(2);
  });
});
