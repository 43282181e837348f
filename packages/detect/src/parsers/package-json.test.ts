import { describe, expect, it } from 'vitest';
import { packageJsonParser } from './package-json.js';
import { brief, fixture, parseWith } from './testing-1.js';

describe('package.json', () => {
  it('reads workspaces as an object or a list without signalling them, and keeps the rest', () => {
    const output = parseWith(packageJsonParser, 'package.json', fixture('package-json/package.json'));
    expect(output.problems).toEqual([]);
    expect(output.packageName).toBe('@acme/root');
    expect(brief(output.signals)).toEqual([
      ['npm', '@preact/compat', '^18.3.1', 13, 'runtime'],
      ['npm', 'turbo', '^2.3.0', 16, 'dev'],
      ['runtime', 'node', '>=20', 10, 'runtime'],
      ['runtime', 'pnpm', '9.12.0', 4, 'dev'],
    ]);
    expect(parseWith(packageJsonParser, 'package.json', '{"workspaces": ["apps/*"], "dependencies": {"vue": "3"}}').signals).toHaveLength(1);
  });

  it('reports workspaces of another shape, never failing on them', () => {
    for (const workspaces of ['"apps/*"', '{"packages": "apps/*"}', '[1]', 'null']) {
      const output = parseWith(packageJsonParser, 'package.json', `{\n  "workspaces": ${workspaces},\n  "dependencies": {"vue": "3"}\n}`);
      expect(output.signals).toHaveLength(1);
      expect(output.problems).toEqual(['workspaces at line 2 is neither a list of folders nor { "packages": [...] }']);
    }
  });
});
