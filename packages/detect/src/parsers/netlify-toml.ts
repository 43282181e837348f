import { parse as parseToml } from 'smol-toml';
import { baseName } from '../paths.js';
import { escapeRegExp, Lines } from '../text/lines.js';
import type { Parser, Signal } from '../types.js';
import { firstProgram } from './procfile.js';

/** Where the tables and keys of a TOML file are written: smol-toml gives the structure, this the lines. */
export class TomlLines {
  readonly lines: Lines;
  private readonly headers: Array<{ name: string; line: number }> = [];

  constructor(text: string) {
    this.lines = new Lines(text);
    this.lines.lines.forEach((raw, index) => {
      const match = /^\s*\[\[?([^\]]*)\]\]?\s*(?:#.*)?$/.exec(raw);
      if (match) this.headers.push({ name: match[1]!.split('.').map((part) => part.trim().replace(/^["']|["']$/g, '')).join('.'), line: index + 1 });
    });
  }

  /** The line of the `occurrence`-th header `[name]` or `[[name]]`. */
  header(name: string, occurrence = 0): number | undefined {
    return this.headers.filter((header) => header.name === name)[occurrence]?.line;
  }

  /** The line of `key = ...` in the table whose header is on line `from` (0: before any header). */
  key(key: string, from: number): number | undefined {
    const end = this.headers.find((header) => header.line > from)?.line ?? this.lines.lines.length + 1;
    const pattern = new RegExp(`^\\s*(["']?)${escapeRegExp(key)}\\1\\s*=`);
    for (let line = from + 1; line < end; line++) if (pattern.test(this.lines.lines[line - 1]!)) return line;
    return undefined;
  }

  /** The keys of a table, each with its line, in the order written. */
  keys(from: number): Array<{ key: string; line: number }> {
    const end = this.headers.find((header) => header.line > from)?.line ?? this.lines.lines.length + 1;
    const keys: Array<{ key: string; line: number }> = [];
    for (let line = from + 1; line < end; line++) {
      const match = /^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))\s*=/.exec(this.lines.lines[line - 1]!);
      if (match) keys.push({ key: (match[1] ?? match[2] ?? match[3])!, line });
    }
    return keys;
  }
}

/** A TOML document, or why it is not one. */
export function readToml(text: string): { data?: Record<string, unknown>; problem?: string } {
  try {
    return { data: parseToml(text) as Record<string, unknown> };
  } catch (error) {
    return { problem: `not valid TOML: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}` };
  }
}

export function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** `@netlify/plugin-nextjs@5` is the package @netlify/plugin-nextjs at 5. */
export function npmSpec(spec: string): { name: string; version?: string } {
  const at = spec.indexOf('@', 1);
  return at > 0 ? { name: spec.slice(0, at), version: spec.slice(at + 1) || undefined } : { name: spec };
}

/** netlify.toml: the build plugins (`[[plugins]] package`, npm packages) and the program `[build] command` runs. */
export const netlifyTomlParser: Parser = {
  id: 'netlify.toml',
  matches: (path) => baseName(path) === 'netlify.toml',
  parse(file) {
    const { data, problem } = readToml(file.content);
    if (!data) return { signals: [], problems: [problem!] };
    const toml = new TomlLines(file.content);
    const signals: Signal[] = [];
    const plugins = Array.isArray(data.plugins) ? data.plugins : [];
    plugins.forEach((plugin, occurrence) => {
      const name = record(plugin).package;
      if (typeof name !== 'string') return;
      const header = toml.header('plugins', occurrence) ?? 0;
      const line = toml.key('package', header) ?? header;
      signals.push({ kind: 'npm', ...npmSpec(name), line, snippet: toml.lines.snippet(line), scope: 'runtime' });
    });
    const command = record(data.build).command;
    const program = typeof command === 'string' ? firstProgram(command) : undefined;
    if (program) {
      const header = toml.header('build') ?? 0;
      const line = toml.key('command', header) ?? header;
      signals.push({ kind: 'command', ...program, line, snippet: toml.lines.snippet(line), scope: 'runtime' });
    }
    return { signals };
  },
};
