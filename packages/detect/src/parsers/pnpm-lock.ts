import { baseName } from '../paths.js';
import { YamlFile, mapEntries, mapGet, scalarText } from '../text/yaml.js';
import type { Parser, Scope, Signal } from '../types.js';
import { npmAlias } from './package-lock.js';

const SECTIONS: ReadonlyArray<[string, Scope]> = [
  ['dependencies', 'runtime'],
  ['optionalDependencies', 'runtime'],
  ['devDependencies', 'dev'],
];
/** The top-level keys that say what each importer depends on directly; `packages` and `snapshots` (the whole tree) are not read. */
const KEPT = new Set(['lockfileVersion', 'importers', ...SECTIONS.map(([section]) => section)]);

/**
 * The lines of the top-level sections that matter, the others blanked: line numbers stay, and the YAML of
 * the whole resolved tree (most of a large lockfile) is never built.
 */
function keptText(content: string): string {
  let keep = true;
  return content
    .split(/\r?\n/)
    .map((line) => {
      if (/^[^\s#-]/.test(line)) {
        const colon = line.indexOf(':');
        keep = colon > 0 && KEPT.has(line.slice(0, colon).trim().replace(/^(['"])(.*)\1$/, '$2'));
      }
      return keep ? line : '';
    })
    .join('\n');
}

/** "18.3.1(react@18.3.1)" (v6+ peers), "18.2.0_react@18.2.0" (v5 peers), "/react@18.2.0" (an alias's target) are versions 18.x. */
function cleanVersion(version: string): string {
  return version
    .replace(/\(.*$/, '')
    .replace(/^\/?((?:@[^/@]+\/)?[^@/]+)@/, '')
    .replace(/^(\d[^_]*)_.*$/, '$1');
}

/**
 * pnpm-lock.yaml, v5 to v9: each importer's (each workspace's) dependencies, devDependencies (dev) and
 * optionalDependencies with the version pnpm resolved. A `link:` to a sibling workspace is not a package.
 */
export const pnpmLockParser: Parser = {
  id: 'pnpm-lock.yaml',
  matches: (path) => baseName(path) === 'pnpm-lock.yaml',
  parse(file) {
    const yaml = new YamlFile(keptText(file.content));
    const signals: Signal[] = [];
    const root = yaml.documents[0]?.contents;
    if (!root || mapEntries(root).length === 0) {
      return { signals, problems: yaml.problems.length ? yaml.problems : file.content.trim() ? ['not a pnpm lockfile: no importers'] : [] };
    }
    const importers = mapGet(root, 'importers');
    const owners = importers ? mapEntries(importers).map((entry) => entry.value) : [root];
    for (const owner of owners) {
      for (const [section, scope] of SECTIONS) {
        for (const { key, value, keyNode } of mapEntries(mapGet(owner, section))) {
          const specifier = scalarText(mapGet(value, 'specifier')) ?? '';
          const resolved = scalarText(mapGet(value, 'version')) ?? scalarText(value) ?? '';
          if (/^(?:link|workspace|file):/.test(resolved) || /^(?:link|workspace):/.test(specifier)) continue;
          const alias = npmAlias(specifier) ?? (resolved.startsWith('npm:') ? npmAlias(resolved) : undefined);
          const line = yaml.lineOf(keyNode);
          signals.push({
            kind: 'npm', name: alias?.name ?? key, version: resolved ? cleanVersion(resolved.replace(/^npm:/, '')) || undefined : undefined,
            line, snippet: yaml.lines.snippet(line), scope,
          });
        }
      }
    }
    return { signals, problems: yaml.problems };
  },
};
