import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { versionFileParser } from './version-files.js';

const context = { readText: () => undefined };
const read = (name: string) => readFileSync(new URL(`./fixtures/version-files/${name}`, import.meta.url), 'utf8');
const rows = (path: string, name = path) =>
  versionFileParser.parse({ path, content: read(name) }, context).signals.map((signal) => [signal.kind, signal.name, signal.version, signal.line, signal.snippet, signal.scope]);

describe('version files', () => {
  it('reads the single-version files of node, python, ruby and java', () => {
    for (const path of ['.nvmrc', 'web/.node-version', '.python-version', '.ruby-version', '.java-version']) expect(versionFileParser.matches(path)).toBe(true);
    expect(versionFileParser.matches('.tool-versions')).toBe(false);
    expect(versionFileParser.matches('nvmrc')).toBe(false);
  });

  it('names the runtime at the version written, without its v or name prefix', () => {
    expect(rows('.nvmrc')).toEqual([['runtime', 'nodejs', '20.11.1', 1, 'v20.11.1', 'runtime']]);
    expect(rows('web/.node-version', '.nvmrc')).toEqual([['runtime', 'nodejs', '20.11.1', 1, 'v20.11.1', 'runtime']]);
    expect(rows('.nvmrc', 'lts.nvmrc')).toEqual([['runtime', 'nodejs', 'lts/iron', 1, 'lts/iron', 'runtime']]);
    expect(rows('.ruby-version')).toEqual([['runtime', 'ruby', '3.3.1', 1, 'ruby-3.3.1', 'runtime']]);
    expect(rows('.java-version')).toEqual([['runtime', 'java', '17', 1, '17', 'runtime']]);
  });

  it('reads every version of a .python-version, past its comments, and no "system"', () => {
    expect(rows('.python-version')).toEqual([
      ['runtime', 'python', '3.12.4', 2, '3.12.4', 'runtime'],
      ['runtime', 'python', '3.11.9', 3, '3.11.9', 'runtime'],
    ]);
    expect(rows('.python-version', 'system.python-version')).toEqual([]);
  });

  it('does not throw on binary junk', () => {
    const junk = String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256));
    expect(() => versionFileParser.parse({ path: '.nvmrc', content: junk }, context)).not.toThrow();
  });
});
