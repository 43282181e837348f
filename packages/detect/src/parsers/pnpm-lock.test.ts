import { describe, expect, it } from 'vitest';
import { pnpmLockParser } from './pnpm-lock.js';
import { brief, fixture, parseWith, snippetsMatch } from './testing-1.js';

describe('pnpm-lock.yaml', () => {
  it('v9: each importer\'s direct dependencies with resolved versions; links to workspaces and the tree left out', () => {
    const content = fixture('pnpm-lock/v9/pnpm-lock.yaml');
    const output = parseWith(pnpmLockParser, 'pnpm-lock.yaml', content);
    expect(output.problems).toEqual([]);
    expect(brief(output.signals)).toEqual([
      ['npm', 'turbo', '2.3.3', 11, 'dev'],
      ['npm', 'typescript', '5.6.3', 14, 'dev'],
      ['npm', '@tanstack/react-query', '5.62.7', 23, 'runtime'],
      ['npm', 'next', '15.0.3', 26, 'runtime'],
      ['npm', '@preact/compat', '18.3.1', 29, 'runtime'],
      ['npm', 'sharp', '0.33.5', 33, 'runtime'],
      ['npm', '@types/react', '18.3.12', 37, 'dev'],
      ['npm', 'react', '18.3.1', 43, 'runtime'],
    ]);
    expect(snippetsMatch(output.signals, content)).toBe(true);
  });

  it('v6: a single project\'s top-level dependencies', () => {
    const output = parseWith(pnpmLockParser, 'pnpm-lock.yaml', fixture('pnpm-lock/v6/pnpm-lock.yaml'));
    expect(brief(output.signals)).toEqual([
      ['npm', 'express', '4.21.1', 8, 'runtime'],
      ['npm', 'vue', '3.5.13', 11, 'runtime'],
      ['npm', 'vite', '5.4.11', 16, 'dev'],
    ]);
  });

  it('reports broken YAML and junk, and keeps what it read', () => {
    const output = parseWith(pnpmLockParser, 'pnpm-lock.yaml', "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      react:\n        specifier: ^18\n        version: 18.3.1\n      vue: [unclosed\n");
    expect(output.problems![0]).toMatch(/^not valid YAML/);
    expect(brief(output.signals)[0]).toEqual(['npm', 'react', '18.3.1', 5, 'runtime']);
    expect(parseWith(pnpmLockParser, 'pnpm-lock.yaml', '\u0001\u0002junk').problems).toHaveLength(1);
  });

  it('reads a 5 MB lockfile without building its tree', () => {
    const tree = Array.from({ length: 40_000 }, (_, n) => `  pkg-${n}@1.0.0:\n    resolution: {integrity: sha512-${'x'.repeat(80)}}\n    engines: {node: '>=18'}\n`).join('\n');
    const content = `lockfileVersion: '9.0'\n\nimporters:\n\n  .:\n    dependencies:\n      pkg-1:\n        specifier: ^1.0.0\n        version: 1.0.0\n\npackages:\n\n${tree}`;
    expect(content.length).toBeGreaterThan(5_000_000);
    expect(brief(parseWith(pnpmLockParser, 'pnpm-lock.yaml', content).signals)).toEqual([['npm', 'pkg-1', '1.0.0', 7, 'runtime']]);
  });
});
