import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cargoParser } from './cargo.js';

const context = { readText: () => undefined };
const fixture = (name: string) => ({ path: 'Cargo.toml', content: readFileSync(new URL(`./fixtures/cargo/${name}`, import.meta.url), 'utf8') });
const parse = (name: string) => cargoParser.parse(fixture(name), context);
const rows = (name: string) => parse(name).signals.map((signal) => [signal.kind, signal.name, signal.version, signal.line, signal.scope]);

describe('Cargo.toml', () => {
  it('reads Cargo.toml as a workspace manifest', () => {
    expect(cargoParser.matches('Cargo.toml')).toBe(true);
    expect(cargoParser.matches('crates/core/Cargo.toml')).toBe(true);
    expect(cargoParser.matches('Cargo.lock')).toBe(false);
    expect(cargoParser.workspaceManifest).toBe(true);
  });

  it('reads every dependency table and form, each on the line that names it', () => {
    const output = parse('Cargo.toml');
    expect(output.problems).toEqual([]);
    expect(output.packageName).toBe('ripgrep-lite');
    expect(rows('Cargo.toml')).toEqual([
      ['runtime', 'rust', '1.74', 5, 'runtime'],
      ['cargo', 'clap', '4.5', 8, 'runtime'],
      ['cargo', 'serde', '1', 9, 'runtime'],
      ['cargo', 'serde_json', '1.0', 13, 'runtime'],
      ['cargo', 'regex', '1.10', 14, 'runtime'],
      ['cargo', 'log', '0.4', 17, 'runtime'],
      ['cargo', 'anyhow', undefined, 19, 'runtime'],
      ['cargo', 'tokio', '1.38', 21, 'runtime'],
      ['cargo', 'criterion', '0.5', 26, 'dev'],
      ['cargo', 'tempfile', '3', 27, 'dev'],
      ['cargo', 'cc', '1.0', 30, 'dev'],
      ['cargo', 'nix', '0.29', 33, 'runtime'],
      ['cargo', 'windows-sys', '0.52', 36, 'runtime'],
    ]);
    expect(output.signals.find((signal) => signal.name === 'log')!.snippet).toBe('log_facade = { package = "log", version = "0.4" }');
    expect(output.signals.find((signal) => signal.name === 'tokio')!.snippet).toBe('[dependencies.tokio]');
  });

  it('reads a workspace root: shared dependencies and its rust-version, not its own path crates', () => {
    const output = parse('workspace/Cargo.toml');
    expect(output.packageName).toBeUndefined();
    expect(rows('workspace/Cargo.toml')).toEqual([
      ['runtime', 'rust', '1.78', 7, 'runtime'],
      ['cargo', 'anyhow', '1.0.86', 10, 'runtime'],
      ['cargo', 'axum', '0.7', 11, 'runtime'],
      ['cargo', 'sqlx', '0.7', 12, 'runtime'],
    ]);
  });

  it('keeps what precedes a TOML error, and reports it', () => {
    const output = parse('broken.toml');
    expect(output.packageName).toBe('half');
    expect(output.signals.map((signal) => [signal.name, signal.line])).toEqual([['serde', 5], ['rand', 6]]);
    expect(output.problems).toHaveLength(1);
    expect(output.problems![0]).toMatch(/^not valid TOML: .* at line 8$/);
  });

  it('does not throw on binary junk or a large file', () => {
    const junk = String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256));
    expect(() => cargoParser.parse({ path: 'Cargo.toml', content: junk }, context)).not.toThrow();
    const big = `[dependencies]\n${Array.from({ length: 10000 }, (_, i) => `crate-${i} = { version = "1.${i}", features = ["a", "b"] }`).join('\n')}\n`;
    expect(cargoParser.parse({ path: 'Cargo.toml', content: big }, context).signals).toHaveLength(10000);
  });

  it('keeps lines right in a file with Windows line ends', () => {
    const crlf = fixture('Cargo.toml').content.replace(/\n/g, '\r\n');
    const output = cargoParser.parse({ path: 'Cargo.toml', content: crlf }, context);
    expect(output.signals.map((signal) => [signal.name, signal.line])).toEqual(parse('Cargo.toml').signals.map((signal) => [signal.name, signal.line]));
    expect(output.signals[1]!.snippet).toBe('clap = { version = "4.5", features = ["derive"] }');
  });
});
