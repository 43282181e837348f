import { baseName } from '../paths.js';
import { Lines } from '../text/lines.js';
import type { Parser, Signal } from '../types.js';

/** `KEY=value` or `export KEY=value`; a key is a shell variable's name. */
const ASSIGNMENT = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=(.*)$/;

/** A value without its quotes, or without a trailing ` # comment` when it has none. */
function unquote(raw: string): string {
  const value = raw.trim();
  const quote = value[0];
  if ((quote === '"' || quote === "'") && value.length > 1) {
    const end = value.indexOf(quote, 1);
    return end > 0 ? value.slice(1, end) : value.slice(1);
  }
  const comment = value.search(/\s#/);
  return (comment >= 0 ? value.slice(0, comment) : value).trim();
}

/** The variables a `.env` file sets: KEY=VALUE lines only, comments skipped, quotes stripped. */
export function dotEnvValues(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const match = ASSIGNMENT.exec(line);
    if (match) values.set(match[1]!, unquote(match[2]!));
  }
  return values;
}

/**
 * `.env` and `.env.*` (`.env.example`, `.env.local`...): each variable's name, never its value (the evidence
 * shows `KEY=…`, since these files hold secrets). A commented-out `# KEY=...` is a hint: the key is not set.
 */
export const envFileParser: Parser = {
  id: 'env file',
  matches: (path) => {
    const name = baseName(path);
    return name === '.env' || (name.startsWith('.env.') && name.length > 5);
  },
  parse(file) {
    const lines = new Lines(file.content);
    const signals: Signal[] = [];
    lines.lines.forEach((raw, index) => {
      let text = raw.trim();
      const commented = text.startsWith('#');
      if (commented) text = text.replace(/^#+\s*/, '');
      const match = ASSIGNMENT.exec(text);
      if (!match) return;
      const key = match[1]!;
      const hasValue = match[2]!.trim() !== '';
      const written = raw.trim();
      const shown = hasValue ? `${written.slice(0, written.indexOf('=') + 1)}…` : written;
      signals.push({ kind: 'env', name: key, line: index + 1, snippet: shown, scope: 'runtime', hint: commented ? 'commented out' : undefined });
    });
    return { signals };
  },
};
