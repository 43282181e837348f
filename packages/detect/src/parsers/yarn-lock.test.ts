import { describe, expect, it } from 'vitest';
import { yarnLockParser } from './yarn-lock.js';
import { brief, fixture, parseWith, snippetsMatch } from './testing-1.js';

describe('yarn.lock', () => {
  it('v1: only what package.json lists, with the entry its range resolved to', () => {
    const content = fixture('yarn-lock/v1/yarn.lock');
    const output = parseWith(yarnLockParser, 'shop/yarn.lock', content, { 'shop/package.json': fixture('yarn-lock/v1/package.json') });
    expect(output.problems).toEqual([]);
    expect(brief(output.signals)).toEqual([
      ['npm', '@babel/runtime', '7.26.0', 5, 'runtime'],
      ['npm', 'axios', '1.7.9', 11, 'runtime'],
      ['npm', 'jest', '29.7.0', 21, 'dev'],
      ['npm', 'vue', '2.7.16', 25, 'runtime'],
      ['npm', 'vue', '3.5.13', 36, 'runtime'],
    ]);
    expect(snippetsMatch(output.signals, content)).toBe(true);
  });

  it('berry: the same for the root and each workspace it names; the workspaces themselves are not packages', () => {
    const files = { 'web/package.json': fixture('yarn-lock/berry/package.json'), 'web/packages/shared/package.json': fixture('yarn-lock/berry/packages/shared/package.json') };
    const output = parseWith(yarnLockParser, 'web/yarn.lock', fixture('yarn-lock/berry/yarn.lock'), files);
    expect(output.problems).toEqual([]);
    expect(brief(output.signals)).toEqual([
      ['npm', 'eslint', '9.16.0', 24, 'dev'],
      ['npm', 'react', '18.3.1', 37, 'runtime'],
      ['npm', 'zod', '3.24.1', 45, 'runtime'],
    ]);
  });

  it('without a package.json beside it tells nothing; junk is a problem', () => {
    expect(parseWith(yarnLockParser, 'yarn.lock', fixture('yarn-lock/v1/yarn.lock')).signals).toEqual([]);
    expect(parseWith(yarnLockParser, 'yarn.lock', '\u0000\u0001 junk', { 'package.json': '{"dependencies":{"a":"1"}}' })).toEqual({ signals: [], problems: ['not a yarn lockfile: no entries'] });
    expect(parseWith(yarnLockParser, 'yarn.lock', 'react@^18:\n  version "18.3.1"\n', { 'package.json': '{"dependencies": {"react": "^18"' }).signals).toHaveLength(1);
  });
});
