import { parse, TomlError } from 'smol-toml';
import { Lines } from '../text/lines.js';

/**
 * A TOML document read for detection: its values (smol-toml), the line each table and key is written on,
 * and, when the text is not valid TOML, what could be read before the first error.
 */
export class TomlDocument {
  readonly lines: Lines;
  readonly data: Record<string, unknown>;
  readonly problems: string[] = [];
  private readonly keyLines = new Map<string, number>();

  constructor(text: string) {
    this.lines = new Lines(text);
    this.data = this.read(text);
    this.locate();
  }

  /** The line a table or key is first written on: ['dependencies', 'serde'] for `serde = "1"` under `[dependencies]`. */
  lineOf(path: readonly string[]): number | undefined {
    return this.keyLines.get(path.join('\u0000'));
  }

  private read(text: string): Record<string, unknown> {
    let source = text;
    // Each failure cuts the text before the line at fault, so what precedes a broken line is still read.
    for (let attempt = 0; attempt < 8; attempt++) {
      try {
        return parse(source) as Record<string, unknown>;
      } catch (error) {
        const line = error instanceof TomlError ? error.line : 1;
        if (attempt === 0) {
          const message = error instanceof Error ? error.message.split('\n')[0]!.replace(/^Invalid TOML document:\s*/, '') : String(error);
          this.problems.push(`not valid TOML: ${message} at line ${line}`);
        }
        if (line <= 1) break;
        source = this.lines.lines.slice(0, line - 1).join('\n');
      }
    }
    return {};
  }

  /** One pass over the lines: table headers and `key =` lines outside multi-line strings and arrays. */
  private locate(): void {
    let table: string[] = [];
    let depth = 0;
    let multiline: string | undefined;
    const record = (path: string[], line: number) => {
      const key = path.join('\u0000');
      if (!this.keyLines.has(key)) this.keyLines.set(key, line);
    };
    this.lines.lines.forEach((raw, index) => {
      const line = index + 1;
      let rest = raw;
      if (multiline) {
        const end = rest.indexOf(multiline);
        if (end < 0) return;
        rest = rest.slice(end + 3);
        multiline = undefined;
      } else if (depth === 0) {
        const text = raw.trimStart();
        if (text.startsWith('[')) {
          const header = /^\[\[?\s*(.*?)\s*\]\]?\s*(?:#.*)?$/.exec(text.trimEnd());
          const path = header ? splitKey(header[1]!) : undefined;
          if (path) {
            table = path;
            for (let i = 1; i <= path.length; i++) record(path.slice(0, i), line);
          }
          return;
        }
        const key = readKey(text);
        if (!key) return;
        for (let i = 1; i <= key.path.length; i++) record([...table, ...key.path.slice(0, i)], line);
        rest = key.rest;
      }
      const state = scanValue(rest, depth);
      depth = state.depth;
      multiline = state.multiline;
    });
  }
}

/** A dotted key's parts: `a."b.c".'d'` is ['a', 'b.c', 'd']; undefined when it is not a key. */
export function splitKey(text: string): string[] | undefined {
  const parts: string[] = [];
  let i = 0;
  while (i < text.length) {
    while (text[i] === ' ' || text[i] === '\t') i++;
    const char = text[i];
    if (char === '"' || char === "'") {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== char) {
        if (char === '"' && text[j] === '\\' && j + 1 < text.length) {
          value += text[j + 1];
          j += 2;
        } else {
          value += text[j++];
        }
      }
      if (j >= text.length) return undefined;
      parts.push(value);
      i = j + 1;
    } else {
      const match = /^[A-Za-z0-9_-]+/.exec(text.slice(i, i + 256));
      if (!match) return undefined;
      parts.push(match[0]);
      i += match[0].length;
    }
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (i >= text.length) break;
    if (text[i] !== '.') return undefined;
    i++;
  }
  return parts.length > 0 ? parts : undefined;
}

/** `key.path = value`: the key's parts and the text after `=`. */
function readKey(text: string): { path: string[]; rest: string } | undefined {
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote) {
      if (char === '\\' && quote === '"') i++;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '=') {
      const path = splitKey(text.slice(0, i));
      return path ? { path, rest: text.slice(i + 1) } : undefined;
    } else if (char === '#') {
      return undefined;
    }
  }
  return undefined;
}

/** How a value's text leaves the scanner: inside an array `depth` deep, or inside a multi-line string. */
function scanValue(text: string, start: number): { depth: number; multiline?: string } {
  let depth = start;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '#') break;
    if (char === '"' || char === "'") {
      const triple = char.repeat(3);
      if (text.startsWith(triple, i)) {
        const end = text.indexOf(triple, i + 3);
        if (end < 0) return { depth, multiline: triple };
        i = end + 2;
        continue;
      }
      let j = i + 1;
      while (j < text.length && text[j] !== char) j += char === '"' && text[j] === '\\' ? 2 : 1;
      i = j;
    } else if (char === '[' || char === '{') {
      depth++;
    } else if (char === ']' || char === '}') {
      depth = Math.max(0, depth - 1);
    }
  }
  return { depth };
}
