import { describe, expect, it } from 'vitest';
import { packageLockParser } from './package-lock.js';
import { brief, fixture, parseWith, snippetsMatch } from './testing-1.js';

describe('package-lock.json', () => {
  it('v3: the direct dependencies of the root and of each workspace, with installed versions', () => {
    const content = fixture('package-lock/v3/package-lock.json');
    const output = parseWith(packageLockParser, 'package-lock.json', content);
    expect(output.problems).toEqual([]);
    expect(brief(output.signals)).toEqual([
      ['npm', 'express', '4.21.1', 13, 'runtime'],
      ['npm', 'react', '18.3.1', 14, 'runtime'],
      ['npm', 'typescript', '5.6.3', 17, 'dev'],
      ['npm', 'next', '15.0.3', 25, 'runtime'],
      ['npm', 'zod', '3.24.1', 26, 'runtime'],
      ['npm', 'vitest', '2.1.8', 29, 'dev'],
      ['npm', 'react', '18.3.1', 36, 'runtime'],
    ]);
    expect(snippetsMatch(output.signals, content)).toBe(true);
    const names = output.signals.map((signal) => signal.name);
    for (const transitive of ['accepts', 'debug', '@acme/ui', '@acme/web']) expect(names).not.toContain(transitive);
  });

  it('v1: the package.json beside it says which packages are direct', () => {
    const content = fixture('package-lock/v1/package-lock.json');
    const files = { 'legacy/package.json': fixture('package-lock/v1/package.json') };
    const expected = [
      ['npm', 'lodash', '4.17.21', 11, 'runtime'],
      ['npm', 'mocha', '9.2.2', 15, 'dev'],
      ['npm', 'pg', '8.7.3', 28, 'runtime'],
    ];
    expect(brief(parseWith(packageLockParser, 'legacy/package-lock.json', content, files).signals)).toEqual(expected);
    // Without it, a package no other one requires is taken as direct.
    expect(brief(parseWith(packageLockParser, 'legacy/package-lock.json', content).signals)).toEqual(expected);
  });

  it('keeps what it read of broken JSON, and never throws on junk', () => {
    const broken = fixture('package-lock/v3/package-lock.json').slice(0, 700);
    const output = parseWith(packageLockParser, 'package-lock.json', broken);
    expect(output.problems![0]).toMatch(/^not valid JSON/);
    expect(brief(output.signals).slice(0, 2)).toEqual([['npm', 'express', '^4.21.0', 13, 'runtime'], ['npm', 'react', '^18.3.1', 14, 'runtime']]);
    expect(parseWith(packageLockParser, 'package-lock.json', '\u0000\u00ff garbage').problems).toHaveLength(1);
    expect(parseWith(packageLockParser, 'package-lock.json', '{"packages": [1, 2], "dependencies": "x"}').signals).toEqual([]);
  });

  it('reads a 5 MB lockfile', () => {
    const packages: Record<string, unknown> = { '': { name: 'big', dependencies: { 'pkg-1': '^1.0.0' } } };
    for (let n = 0; n < 25_000; n++) {
      packages[`node_modules/pkg-${n}`] = { version: '1.0.0', resolved: `https://registry.npmjs.org/pkg-${n}/-/pkg-${n}-1.0.0.tgz`, integrity: 'sha512-'.padEnd(90, 'x'), dependencies: { [`pkg-${n + 1}`]: '^1.0.0' } };
    }
    const content = JSON.stringify({ name: 'big', lockfileVersion: 3, packages }, null, 2);
    expect(content.length).toBeGreaterThan(5_000_000);
    const output = parseWith(packageLockParser, 'package-lock.json', content);
    expect(brief(output.signals)).toEqual([['npm', 'pkg-1', '1.0.0', 8, 'runtime']]);
  });
});
