import { getNodeValue } from 'jsonc-parser';
import { baseName, folderOf, joinPath } from '../paths.js';
import { JsonDocument } from '../text/json.js';
import { snippet } from '../text/lines.js';
import type { ParseContext, Parser, Scope, Signal } from '../types.js';

/** The sections of a package (package.json, or a lockfile's copy of one) that list its direct dependencies. */
export const DEPENDENCY_SECTIONS: ReadonlyArray<[string, Scope]> = [
  ['dependencies', 'runtime'],
  ['optionalDependencies', 'runtime'],
  ['peerDependencies', 'runtime'],
  ['devDependencies', 'dev'],
];

/** `"npm:react@^19"` is an alias of another package. */
export function npmAlias(spec: string): { name: string; range?: string } | undefined {
  const match = /^npm:((?:@[^/@]+\/)?[^@]+)(?:@(.*))?$/.exec(spec);
  return match ? { name: match[1]!, range: match[2] } : undefined;
}

/**
 * The direct dependencies the package.json in a folder lists, with their scope (the most runtime one when
 * listed twice); undefined when that package.json was not read.
 */
export function directDependencies(context: ParseContext, folder: string): Map<string, { spec: string; scope: Scope }> | undefined {
  const text = context.readText(joinPath(folder, 'package.json'));
  if (text === undefined) return undefined;
  const json = new JsonDocument(text);
  const direct = new Map<string, { spec: string; scope: Scope }>();
  for (const [section, scope] of DEPENDENCY_SECTIONS) {
    for (const { key, value } of json.entries(json.node([section]))) {
      if (!direct.has(key)) direct.set(key, { spec: typeof value === 'string' ? value : '', scope });
    }
  }
  return direct;
}

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Where keys are written in a JSON text, found by scanning forward: a lockfile is too large to build a tree of
 * nodes for, so its values come from JSON.parse and only the few keys that become evidence are looked for.
 */
class KeyFinder {
  private lineStart = 0;
  private lineOffset = 0;
  private line = 1;

  constructor(readonly text: string) {}

  /** The offset of `"key"` written as a key (a `:` follows) in [from, to), or -1. */
  key(key: string, from: number, to = this.text.length): number {
    const needle = JSON.stringify(key);
    for (let at = this.text.indexOf(needle, from); at >= 0 && at < to; at = this.text.indexOf(needle, at + 1)) {
      let next = at + needle.length;
      while (/\s/.test(this.text[next] ?? '')) next++;
      if (this.text[next] === ':') return at;
    }
    return -1;
  }

  /** The offset just after the value of the key at `at`: an object, array, string or literal. */
  valueEnd(at: number): number {
    const text = this.text;
    let i = text.indexOf(':', at) + 1;
    while (/\s/.test(text[i] ?? '')) i++;
    let depth = 0;
    for (; i < text.length; i++) {
      const char = text[i]!;
      if (char === '"') {
        for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
        if (depth === 0) return i + 1;
      } else if (char === '{' || char === '[') depth++;
      else if (char === '}' || char === ']') {
        if (--depth <= 0) return i + 1;
      } else if (depth === 0 && (char === ',' || /\s/.test(char))) return i;
    }
    return text.length;
  }

  /** The 1-based line of an offset; offsets asked in increasing order cost one pass over the text. */
  lineOf(offset: number): number {
    if (offset < this.lineOffset) {
      this.lineOffset = 0;
      this.line = 1;
      this.lineStart = 0;
    }
    for (let i = this.text.indexOf('\n', this.lineOffset); i >= 0 && i < offset; i = this.text.indexOf('\n', i + 1)) {
      this.line++;
      this.lineStart = i + 1;
    }
    this.lineOffset = offset;
    return this.line;
  }

  snippetAt(offset: number): string {
    this.lineOf(offset);
    const end = this.text.indexOf('\n', offset);
    return snippet(this.text.slice(this.lineStart, end < 0 ? undefined : end));
  }
}

/** Finds the keys of one section (`dependencies`) of the object whose key is at `owner`, in the order written. */
function sectionKeys(finder: KeyFinder, owner: number, section: string): (key: string) => { line: number; snippet: string } {
  const ownerEnd = owner < 0 ? -1 : finder.valueEnd(owner);
  const at = owner < 0 ? -1 : finder.key(section, owner, ownerEnd);
  const end = at < 0 ? -1 : finder.valueEnd(at);
  let cursor = at;
  return (key) => {
    const found = cursor < 0 ? -1 : finder.key(key, cursor, end);
    if (found >= 0) cursor = found + 1;
    const offset = found >= 0 ? found : Math.max(0, owner);
    return { line: finder.lineOf(offset), snippet: finder.snippetAt(offset) };
  };
}

/** Lockfile v2 and v3: `packages[""]` and each workspace's entry list the direct dependencies. */
function fromPackages(finder: KeyFinder, packages: JsonObject): Signal[] {
  const packagesAt = Math.max(0, finder.key('packages', 0));
  const signals: Signal[] = [];
  let cursor = packagesAt;
  for (const [ownerKey, owner] of Object.entries(packages)) {
    if (/(?:^|\/)node_modules\//.test(ownerKey) || !isObject(owner)) continue;
    let ownerAt = finder.key(ownerKey, cursor);
    if (ownerAt < 0) ownerAt = finder.key(ownerKey, packagesAt);
    if (ownerAt >= 0) cursor = ownerAt;
    for (const [section, scope] of DEPENDENCY_SECTIONS) {
      const list = owner[section];
      if (!isObject(list)) continue;
      const locate = sectionKeys(finder, ownerAt, section);
      for (const [key, value] of Object.entries(list)) {
        const installed = (ownerKey ? packages[`${ownerKey}/node_modules/${key}`] : undefined) ?? packages[`node_modules/${key}`];
        if (isObject(installed) && installed.link === true) continue;
        const spec = typeof value === 'string' ? value : '';
        if (/^(?:file|link|workspace):/.test(spec)) continue;
        const alias = npmAlias(spec);
        const realName = isObject(installed) && typeof installed.name === 'string' ? installed.name : undefined;
        const version = isObject(installed) && typeof installed.version === 'string' ? installed.version : (alias ? alias.range : spec) || undefined;
        signals.push({ kind: 'npm', name: realName ?? alias?.name ?? key, version, ...locate(key), scope });
      }
    }
  }
  return signals;
}

/**
 * Lockfile v1: the tree of `dependencies` holds every package, direct or not. The package.json beside it says
 * which are direct; without it, a top-level package no other package requires is taken as direct.
 */
function fromDependencies(finder: KeyFinder, dependencies: JsonObject, direct: Map<string, { spec: string; scope: Scope }> | undefined): Signal[] {
  let wanted = direct;
  if (!wanted) {
    const required = new Set<string>();
    const walk = (tree: JsonObject) => {
      for (const entry of Object.values(tree)) {
        if (!isObject(entry)) continue;
        if (isObject(entry.requires)) for (const name of Object.keys(entry.requires)) required.add(name);
        if (isObject(entry.dependencies)) walk(entry.dependencies);
      }
    };
    walk(dependencies);
    wanted = new Map();
    for (const [key, entry] of Object.entries(dependencies)) {
      if (!required.has(key)) wanted.set(key, { spec: '', scope: isObject(entry) && entry.dev === true ? 'dev' : 'runtime' });
    }
  }
  const signals: Signal[] = [];
  // The top-level entries are written in order; each one's value is skipped, since nested trees repeat names.
  const start = finder.key('dependencies', 0);
  const end = start < 0 ? finder.text.length : finder.valueEnd(start);
  let cursor = start < 0 ? 0 : finder.text.indexOf('{', start) + 1;
  for (const [key, entry] of Object.entries(dependencies)) {
    const at = finder.key(key, cursor, end);
    if (at >= 0) cursor = finder.valueEnd(at);
    const declared = wanted.get(key);
    if (!declared || !isObject(entry)) continue;
    const version = typeof entry.version === 'string' ? entry.version : undefined;
    if (version && /^(?:file|link):/.test(version)) continue;
    const alias = version ? npmAlias(version) : undefined;
    const offset = Math.max(0, at);
    signals.push({
      kind: 'npm', name: alias?.name ?? npmAlias(declared.spec)?.name ?? key, version: alias ? alias.range : version,
      line: finder.lineOf(offset), snippet: finder.snippetAt(offset), scope: declared.scope,
    });
  }
  return signals;
}

/**
 * package-lock.json (and npm-shrinkwrap.json), v1 to v3: the direct dependencies of the root and of each
 * workspace with the versions installed; a package only installed for another one is never a signal.
 * A broken file is read as far as it is valid.
 */
export const packageLockParser: Parser = {
  id: 'package-lock.json',
  matches: (path) => baseName(path) === 'package-lock.json' || baseName(path) === 'npm-shrinkwrap.json',
  parse(file, context) {
    let data: unknown;
    let problems: string[] = [];
    try {
      data = JSON.parse(file.content);
    } catch {
      const json = new JsonDocument(file.content);
      problems = json.problems;
      data = json.root ? getNodeValue(json.root) : undefined;
    }
    if (!isObject(data)) return { signals: [], problems: problems.length ? problems : ['not a JSON object'] };
    const finder = new KeyFinder(file.content);
    const signals = isObject(data.packages)
      ? fromPackages(finder, data.packages)
      : isObject(data.dependencies) ? fromDependencies(finder, data.dependencies, directDependencies(context, folderOf(file.path))) : [];
    return { signals, problems };
  },
};
