import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { miseTomlParser } from './mise-toml.js';

const context = { readText: () => undefined };
const read = (name: string) => readFileSync(new URL(`./fixtures/mise/${name}`, import.meta.url), 'utf8');

describe('mise.toml', () => {
  it('reads the places mise looks for its configuration', () => {
    for (const path of ['mise.toml', '.mise.toml', 'api/mise.toml', '.config/mise.toml', '.config/mise/config.toml', 'mise/config.toml']) {
      expect(miseTomlParser.matches(path)).toBe(true);
    }
    expect(miseTomlParser.matches('config.toml')).toBe(false);
    expect(miseTomlParser.matches('pyproject.toml')).toBe(false);
  });

  it('names each tool of [tools]: runtimes as written, packages of a backend as packages for dev', () => {
    const output = miseTomlParser.parse({ path: 'mise.toml', content: read('mise.toml') }, context);
    expect(output.problems).toEqual([]);
    expect(output.signals.map((signal) => [signal.kind, signal.name, signal.version, signal.line, signal.scope])).toEqual([
      ['runtime', 'node', '20', 5, 'runtime'],
      ['runtime', 'python', '3.12', 6, 'runtime'],
      ['runtime', 'java', 'temurin-21', 7, 'runtime'],
      ['runtime', 'terraform', '1.8.5', 8, 'runtime'],
      ['npm', 'prettier', '3.3.2', 9, 'dev'],
      ['pypi', 'black', 'latest', 10, 'dev'],
      ['runtime', 'goreleaser', '2.0.1', 11, 'runtime'],
    ]);
    expect(output.signals[4]!.snippet).toBe('"npm:prettier" = "3.3.2"');
  });

  it('keeps what precedes a TOML error, and reports it', () => {
    const output = miseTomlParser.parse({ path: 'mise.toml', content: read('broken.toml') }, context);
    expect(output.signals.map((signal) => [signal.name, signal.line])).toEqual([['node', 2]]);
    expect(output.problems![0]).toMatch(/^not valid TOML: .* at line 3$/);
  });
});
