import { normalizeName } from './normalize.js';
import type { Rule } from './rules/rule.js';
import type { MatcherKind } from './types.js';

const KINDS: readonly MatcherKind[] = [
  'npm', 'pypi', 'rubygems', 'maven', 'nuget', 'hex', 'cargo', 'gomod', 'composer', 'docker', 'action',
  'terraformProvider', 'terraformResource', 'helm', 'apt', 'runtime', 'command', 'addon', 'file', 'extension', 'env',
];

function escape(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern as a regular expression. Paths: `*` stays within a folder, `**\/` spans folders, and a pattern
 * without a "/" matches the file's name in any folder. Other kinds: `*` matches anything.
 */
export function patternToRegExp(kind: MatcherKind, pattern: string): RegExp {
  if (kind === 'file') {
    const body = pattern
      .split('**/')
      .map((part) => escape(part).replace(/\*/g, '[^/]*'))
      .join('(?:.*/)?');
    return new RegExp(pattern.includes('/') ? `^${body}$` : `(?:^|/)${body}$`);
  }
  return new RegExp(`^${escape(normalizeName(kind, pattern)).replace(/\*/g, '.*')}$`);
}

interface KindIndex {
  exact: Map<string, string[]>;
  globs: Array<{ pattern: RegExp; slug: string }>;
}

/** The rules by kind and name: exact names in a map, patterns with a `*` (and every path) tried in turn. */
export class RuleIndex {
  private readonly byKind = new Map<MatcherKind, KindIndex>();
  readonly implies = new Map<string, readonly string[]>();

  constructor(rules: readonly Rule[]) {
    for (const kind of KINDS) this.byKind.set(kind, { exact: new Map(), globs: [] });
    for (const rule of rules) {
      if (rule.implies?.length) this.implies.set(rule.slug, rule.implies);
      for (const kind of KINDS) {
        const index = this.byKind.get(kind)!;
        for (const pattern of rule[kind] ?? []) {
          if (kind === 'file' || pattern.includes('*')) {
            index.globs.push({ pattern: patternToRegExp(kind, pattern), slug: rule.slug });
          } else {
            const name = normalizeName(kind, pattern);
            index.exact.set(name, [...(index.exact.get(name) ?? []), rule.slug]);
          }
        }
      }
    }
  }

  /** The slugs of the tools a name of this kind names (already normalised), each once. */
  match(kind: MatcherKind, name: string): string[] {
    const index = this.byKind.get(kind)!;
    const slugs = new Set(index.exact.get(name) ?? []);
    for (const glob of index.globs) if (glob.pattern.test(name)) slugs.add(glob.slug);
    return [...slugs];
  }

  /** Whether any rule reads paths of this kind at all (the engine skips the work when none does). */
  has(kind: MatcherKind): boolean {
    const index = this.byKind.get(kind)!;
    return index.exact.size > 0 || index.globs.length > 0;
  }
}

export { KINDS as MATCHER_KINDS };
