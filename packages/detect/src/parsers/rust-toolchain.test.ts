import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rustToolchainParser } from './rust-toolchain.js';

const context = { readText: () => undefined };
const read = (name: string) => readFileSync(new URL(`./fixtures/rust-toolchain/${name}`, import.meta.url), 'utf8');
const rows = (path: string, content: string) =>
  rustToolchainParser.parse({ path, content }, context).signals.map((signal) => [signal.kind, signal.name, signal.version, signal.line, signal.snippet]);

describe('rust-toolchain', () => {
  it('reads both names of the file', () => {
    expect(rustToolchainParser.matches('rust-toolchain.toml')).toBe(true);
    expect(rustToolchainParser.matches('rust-toolchain')).toBe(true);
    expect(rustToolchainParser.matches('toolchain.toml')).toBe(false);
  });

  it('names the runtime rust at the channel of rust-toolchain.toml', () => {
    expect(rows('rust-toolchain.toml', read('rust-toolchain.toml'))).toEqual([['runtime', 'rust', '1.78.0', 2, 'channel = "1.78.0"']]);
  });

  it('reads the plain channel of the older file, and the TOML it may hold', () => {
    expect(rows('rust-toolchain', read('rust-toolchain'))).toEqual([['runtime', 'rust', 'nightly-2024-05-01', 1, 'nightly-2024-05-01']]);
    expect(rows('rust-toolchain', read('rust-toolchain.toml'))).toEqual([['runtime', 'rust', '1.78.0', 2, 'channel = "1.78.0"']]);
  });

  it('reports broken TOML without throwing', () => {
    const output = rustToolchainParser.parse({ path: 'rust-toolchain.toml', content: '[toolchain\nchannel = "stable"\n' }, context);
    expect(output.signals).toEqual([]);
    expect(output.problems![0]).toMatch(/^not valid TOML/);
  });
});
