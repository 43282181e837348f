import { baseName } from '../paths.js';
import { Lines } from '../text/lines.js';
import type { Parser, Scope, Signal } from '../types.js';
import { scopeOfGroup } from './pyproject.js';

/** A line without its comment: the first `#` outside a string. */
function code(text: string): string {
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#') return text.slice(0, i);
  }
  return text;
}

/** The scope of Bundler groups: `:development, :test` is what a developer needs, `:test` alone the tests. */
function scopeOfGroups(names: string[]): Scope | undefined {
  const lower = names.map((name) => name.toLowerCase());
  if (lower.length === 0) return undefined;
  if (lower.some((name) => name === 'default' || name === 'production' || name === 'staging')) return 'runtime';
  if (lower.some((name) => name === 'development' || name === 'dev')) return 'dev';
  if (lower.some((name) => name === 'test' || name === 'tests')) return 'test';
  return scopeOfGroup(lower[0]!, 'runtime');
}

/** The names of `group :a, :b`, `groups: [:a, "b"]`, `:group => :a`. */
function groupNames(text: string): string[] {
  return [...text.matchAll(/(?<![\w:]):(\w+)(?!\s*=>)|(['"])(\w+)\2/g)].map((match) => match[1] ?? match[3]!);
}

/** The quoted version constraints right after a gem's name: `, "~> 7.1", ">= 7.1.3"`. */
function versionsOf(rest: string): string | undefined {
  const versions: string[] = [];
  const pattern = /^\s*,\s*(['"])([^'"]*)\1/;
  let remaining = rest;
  for (let match = pattern.exec(remaining); match; match = pattern.exec(remaining)) {
    if (!/^\s*[~<>=!]*\s*\d/.test(match[2]!)) break;
    versions.push(match[2]!.trim());
    remaining = remaining.slice(match[0].length);
  }
  return versions.length ? versions.join(', ') : undefined;
}

const GEM = /^gem\s*\(?\s*(['"])([^'"\s]+)\1(.*)$/;
const GEMSPEC_DEPENDENCY = /^\w+\.add_(runtime_|development_)?dependency\s*\(?\s*(['"])([^'"\s]+)\2(.*)$/;

/**
 * A Gemfile (or gems.rb): `gem 'x'` and `gem "x"` with or without versions and options, the scope of their
 * groups (`group :test do ... end` blocks, `group: :development` options), the Ruby version; a gem on a
 * commented-out line is a hint. A *.gemspec: its `add_dependency` and `add_development_dependency` lines.
 */
export function readGemfile(content: string, gemspec = false): { signals: Signal[]; packageName?: string } {
  const lines = new Lines(content);
  const signals: Signal[] = [];
  /** The scope of each open block; undefined for a block that changes nothing (platforms, source, if). */
  const blocks: Array<Scope | undefined> = [];
  let packageName: string | undefined;
  const scopeHere = (): Scope => blocks.reduce<Scope>((scope, block) => block ?? scope, 'runtime');

  lines.lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (!trimmed) return;
    if (trimmed.startsWith('#')) {
      const commented = GEM.exec(code(trimmed.replace(/^#+\s*/, '')).trim());
      if (commented && !gemspec) {
        signals.push({ kind: 'rubygems', name: commented[2]!, version: versionsOf(commented[3]!), line, snippet: lines.snippet(line), scope: scopeHere(), hint: 'commented out' });
      }
      return;
    }
    const text = code(trimmed).trim();
    if (/^end\b/.test(text)) {
      blocks.pop();
      return;
    }
    const opens = /\bdo\s*(?:\|[^|]*\|)?$/.test(text) || /^(?:if|unless|case|begin|while|until)\b/.test(text);
    if (opens) {
      const group = /^group\s*\(?(.*?)\)?\s*do\b/.exec(text);
      blocks.push(group ? scopeOfGroups(groupNames(group[1]!.replace(/\b\w+:\s*(?:true|false)\b/g, ''))) : undefined);
      return;
    }
    if (gemspec) {
      const dependency = GEMSPEC_DEPENDENCY.exec(text);
      if (dependency) {
        const scope: Scope = dependency[1] === 'development_' ? 'dev' : 'runtime';
        signals.push({ kind: 'rubygems', name: dependency[3]!, version: versionsOf(dependency[4]!), line, snippet: lines.snippet(line), scope });
        return;
      }
      const name = /^\w+\.name\s*=\s*(['"])([^'"]+)\1/.exec(text);
      if (name) packageName = name[2];
      const ruby = /^\w+\.required_ruby_version\s*=\s*(?:\[\s*)?(['"])([^'"]+)\1/.exec(text);
      if (ruby) signals.push({ kind: 'runtime', name: 'ruby', version: ruby[2], line, snippet: lines.snippet(line), scope: 'runtime' });
      return;
    }
    const gem = GEM.exec(text);
    if (gem) {
      const rest = gem[3]!;
      // `path: "engines/billing"` is code of the same tree, not a gem of a registry.
      if (/(?:\bpath:|:path\s*=>)/.test(rest)) return;
      const option = /(?:\bgroups?:|:groups?\s*=>)\s*(\[[^\]]*\]|:\w+|(['"])\w+\2)/.exec(rest);
      const scope = (option ? scopeOfGroups(groupNames(option[1]!)) : undefined) ?? scopeHere();
      signals.push({ kind: 'rubygems', name: gem[2]!, version: versionsOf(rest), line, snippet: lines.snippet(line), scope });
      return;
    }
    const ruby = /^ruby\s*\(?\s*(['"])([^'"]+)\1/.exec(text);
    if (ruby) signals.push({ kind: 'runtime', name: 'ruby', version: ruby[2], line, snippet: lines.snippet(line), scope: 'runtime' });
  });
  return { signals, packageName };
}

export const gemfileParser: Parser = {
  id: 'Gemfile',
  workspaceManifest: true,
  matches: (path) => {
    const name = baseName(path);
    return name === 'Gemfile' || name === 'gems.rb' || name.endsWith('.gemspec');
  },
  parse(file) {
    return readGemfile(file.content, file.path.endsWith('.gemspec'));
  },
};
