import { readFileSync } from 'node:fs';
import type { Parser, Signal } from '../types.js';

/** The text of a fixture under src/parsers/fixtures. */
export const fixture = (path: string) => readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8');

/** What a test compares: kind, name, version, line and scope, and the hint when there is one. */
export const brief = (signals: Signal[]) =>
  signals.map((signal) => [signal.kind, signal.name, signal.version, signal.line, signal.scope, ...(signal.hint ? [signal.hint] : [])]);

/** A parser's output for a file, the other files of the tree readable through its context. */
export const parseWith = (parser: Parser, path: string, content: string, files: Record<string, string> = {}) =>
  parser.parse({ path, content }, { readText: (other) => files[other] });

/** Every signal's snippet is its line, trimmed. */
export function snippetsMatch(signals: Signal[], content: string): boolean {
  const lines = content.split(/\r?\n/);
  return signals.every((signal) => signal.snippet === lines[signal.line - 1]!.trim().slice(0, 160) || signal.snippet.endsWith('...'));
}
