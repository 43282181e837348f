import { JsonDocument } from '../text/json.js';
import { baseName } from '../paths.js';
import type { Parser, Scope, Signal } from '../types.js';

const SECTIONS: ReadonlyArray<[string, Scope]> = [
  ['dependencies', 'runtime'],
  ['optionalDependencies', 'runtime'],
  ['peerDependencies', 'runtime'],
  ['devDependencies', 'dev'],
];

/** `"npm:react@^19"` is an alias of another package: the stack uses that one. */
function aliasOf(spec: string): { name: string; version?: string } | undefined {
  const match = /^npm:((?:@[^/@]+\/)?[^@]+)(?:@(.*))?$/.exec(spec);
  return match ? { name: match[1]!, version: match[2] } : undefined;
}

/**
 * package.json: dependencies of every kind (an `npm:` alias counts as what it points to), the engines it
 * runs on, its package manager and whether it is a workspace root.
 */
export const packageJsonParser: Parser = {
  id: 'package.json',
  workspaceManifest: true,
  matches: (path) => baseName(path) === 'package.json',
  parse(file) {
    const json = new JsonDocument(file.content);
    const signals: Signal[] = [];
    if (json.root?.type !== 'object') return { signals, problems: json.problems.length ? json.problems : ['not a JSON object'] };
    for (const [section, scope] of SECTIONS) {
      for (const { key, value, line } of json.entries(json.node([section]))) {
        const spec = typeof value === 'string' ? value : '';
        const alias = aliasOf(spec);
        signals.push({ kind: 'npm', name: alias?.name ?? key, version: alias ? alias.version : spec || undefined, line, snippet: json.lines.snippet(line), scope });
      }
    }
    for (const { key, value, line } of json.entries(json.node(['engines']))) {
      signals.push({ kind: 'runtime', name: key, version: typeof value === 'string' ? value : undefined, line, snippet: json.lines.snippet(line), scope: 'runtime' });
    }
    const manager = json.node(['packageManager']);
    if (manager && typeof manager.value === 'string') {
      const [name, version] = manager.value.split('@');
      const line = json.lineOf(manager);
      signals.push({ kind: 'runtime', name: name!, version: version?.split('+')[0], line, snippet: json.lines.snippet(line), scope: 'dev' });
    }
    // Workspaces (`["apps/*"]` or `{ "packages": [...], "nohoist": [...] }`) name folders, not tools: each
    // workspace's own package.json is read where it lies. A value of another shape is only reported.
    const problems = [...json.problems];
    const workspaces = json.value(['workspaces']);
    const globs = Array.isArray(workspaces) ? workspaces : workspaces && typeof workspaces === 'object' ? (workspaces as { packages?: unknown }).packages ?? [] : workspaces;
    if (globs !== undefined && !(Array.isArray(globs) && globs.every((glob) => typeof glob === 'string'))) {
      problems.push(`workspaces at line ${json.lineOf(json.node(['workspaces'])!)} is neither a list of folders nor { "packages": [...] }`);
    }
    const name = json.value(['name']);
    return { signals, problems, packageName: typeof name === 'string' ? name : undefined };
  },
};
