import { baseName } from '../paths.js';
import { Lines } from '../text/lines.js';
import type { Parser, Scope, Signal } from '../types.js';

/** Where a line's comment starts: the first `#` outside a string, or the line's length. */
function commentStart(text: string): number {
  let quote = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\' && quote) i++;
    else if (char === '"') quote = !quote;
    else if (char === '#' && !quote) return i;
  }
  return text.length;
}

/** The start of a dependency tuple, `{:name,`, matched where a `{` is. */
const TUPLE_START = /\{\s*:"?([a-z_][a-zA-Z0-9_]*)"?\s*,/y;

/** How much deeper in square brackets a piece of code ends than it starts. */
function bracketDepth(code: string): number {
  let depth = 0;
  for (const char of code) depth += char === '[' ? 1 : char === ']' ? -1 : 0;
  return depth;
}

/** The scope of `only: :test` or `only: [:dev, :test]`; runtime without one, or when prod is in it. */
function scopeOfOnly(tuple: string): Scope {
  const only = /\bonly:\s*(\[[^\]]*\]|:\w+)/.exec(tuple);
  if (!only) return 'runtime';
  const envs = [...only[1]!.matchAll(/:(\w+)/g)].map((match) => match[1]!);
  if (envs.length === 0 || envs.includes('prod')) return 'runtime';
  if (envs.includes('dev')) return 'dev';
  if (envs.includes('test')) return 'test';
  if (envs.includes('docs')) return 'docs';
  return 'dev';
}

/**
 * mix.exs: the `deps` list's `{:name, "~> 1.0", only: [:dev, :test]}` entries (a tuple may span lines; one
 * with `in_umbrella: true` or a `path:` is code of the same tree, not a package; `hex: :other` names the
 * package), the Elixir version of `project`, and the app's name. A dependency on a commented-out line is a hint.
 */
export const mixExsParser: Parser = {
  id: 'mix.exs',
  workspaceManifest: true,
  matches: (path) => baseName(path) === 'mix.exs',
  parse(file) {
    const lines = new Lines(file.content);
    const signals: Signal[] = [];
    let packageName: string | undefined;
    /** Inside `defp deps do`: the indent of its `def` line, whose `end` closes it. */
    let depsIndent: number | undefined;
    /** Inside `defp deps, do: [`: how deep in brackets. */
    let listDepth: number | undefined;
    /** The line before was `defp deps,`: its `do: [` comes next. */
    let afterDeps = false;
    /** A dependency tuple being read over several lines. */
    let open: { name: string; line: number; text: string; depth: number; commented: boolean } | undefined;

    const finish = (tuple: NonNullable<typeof open>) => {
      if (/\bin_umbrella:\s*true|\bpath:/.test(tuple.text)) return;
      const version = /^\{\s*:\w+\s*,\s*"([^"]*)"/.exec(tuple.text)?.[1];
      const hex = /\bhex:\s*:"?(\w+)/.exec(tuple.text)?.[1];
      signals.push({
        kind: 'hex', name: hex ?? tuple.name, version, line: tuple.line, snippet: lines.snippet(tuple.line), scope: scopeOfOnly(tuple.text),
        ...(tuple.commented ? { hint: 'commented out' } : {}),
      });
    };
    /** Reads dependency tuples out of a piece of a line, carrying an unfinished one to the next line. */
    const scan = (text: string, line: number, commented: boolean) => {
      for (let i = 0; i < text.length; i++) {
        const char = text[i]!;
        if (open) {
          open.text += char;
          if (char === '{') open.depth++;
          else if (char === '}' && --open.depth === 0) {
            finish(open);
            open = undefined;
          }
        } else if (char === '{') {
          TUPLE_START.lastIndex = i;
          const start = TUPLE_START.exec(text);
          if (start) open = { name: start[1]!, line, text: '{', depth: 1, commented };
        }
      }
      if (open) open.text += ' ';
    };

    lines.lines.forEach((raw, index) => {
      const line = index + 1;
      const cut = commentStart(raw);
      const code = raw.slice(0, cut);
      const comment = raw.slice(cut + 1);
      const indent = raw.length - raw.trimStart().length;
      if (listDepth !== undefined) {
        // `defp deps, do: [...]`: the list ends where its brackets close.
        scan(code, line, false);
        listDepth += bracketDepth(code);
        if (listDepth <= 0 && !open) listDepth = undefined;
        return;
      }
      if (depsIndent === undefined) {
        if (/^\s*defp?\s+deps\b.*\bdo\s*$/.test(code)) depsIndent = indent;
        const inline = /^\s*defp?\s+deps\b[^:]*,\s*do:(.*)$/.exec(code) ?? (afterDeps ? /^\s*do:(.*)$/.exec(code) : null);
        if (code.trim()) afterDeps = /^\s*defp?\s+deps\s*(?:\(\s*\))?\s*,\s*$/.test(code);
        if (inline) {
          listDepth = 0;
          scan(inline[1]!, line, false);
          listDepth += bracketDepth(inline[1]!);
          if (listDepth <= 0 && !open) listDepth = undefined;
          return;
        }
        const app = /^\s*app:\s*:"?(\w+)/.exec(code);
        if (app && !packageName) packageName = app[1];
        const elixir = /^\s*elixir:\s*"([^"]+)"/.exec(code);
        if (elixir) signals.push({ kind: 'runtime', name: 'elixir', version: elixir[1], line, snippet: lines.snippet(line), scope: 'runtime' });
        return;
      }
      if (/^\s*end\b/.test(code) && indent <= depsIndent && !open) {
        depsIndent = undefined;
        return;
      }
      scan(code, line, false);
      if (!open && cut < raw.length && /^\s*#*\s*\{\s*:/.test(comment)) {
        scan(comment.replace(/^\s*#*\s*/, ''), line, true);
        open = undefined;
      }
    });
    const problems = depsIndent !== undefined || listDepth !== undefined || open ? ['not valid mix.exs: the deps function does not end'] : [];
    if (open) finish(open);
    return { signals, problems, packageName };
  },
};
