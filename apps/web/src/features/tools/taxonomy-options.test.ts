import type { LayerNode } from '@stackyard/domain';
import { describe, expect, it } from 'vitest';
import { functionGroups, layerHasFunction } from './taxonomy-options.js';

const layers: LayerNode[] = [
  {
    slug: 'application-and-data',
    name: 'Application & Data',
    toolCount: 3,
    categories: [
      {
        slug: 'platform-as-a-service',
        name: 'Platform as a Service',
        toolCount: 3,
        functions: [{ slug: 'web-servers', name: 'Web Servers', toolCount: 3 }],
      },
      { slug: 'empty', name: 'Empty', toolCount: 0, functions: [] },
    ],
  },
  {
    slug: 'devops',
    name: 'DevOps',
    toolCount: 1,
    categories: [
      {
        slug: 'build-test-deploy',
        name: 'Build, Test, Deploy',
        toolCount: 1,
        functions: [{ slug: 'continuous-integration', name: 'Continuous Integration', toolCount: 1 }],
      },
    ],
  },
];

describe('functionGroups', () => {
  it('lists every layer, prefixed by the layer name, when no layer is chosen', () => {
    expect(functionGroups(layers, undefined).map((group) => group.label)).toEqual([
      'Application & Data › Platform as a Service',
      'DevOps › Build, Test, Deploy',
    ]);
  });

  it('lists only the chosen layer and skips empty categories', () => {
    expect(functionGroups(layers, 'devops')).toEqual([
      {
        label: 'Build, Test, Deploy',
        options: [{ slug: 'continuous-integration', name: 'Continuous Integration', toolCount: 1 }],
      },
    ]);
  });
});

describe('layerHasFunction', () => {
  it('finds a function under its own layer only', () => {
    expect(layerHasFunction(layers, 'application-and-data', 'web-servers')).toBe(true);
    expect(layerHasFunction(layers, 'devops', 'web-servers')).toBe(false);
    expect(layerHasFunction(layers, 'missing', 'web-servers')).toBe(false);
  });
});
