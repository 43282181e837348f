import { baseName, folderOf, joinPath } from '../paths.js';
import { Lines } from '../text/lines.js';
import type { Parser, Signal } from '../types.js';
import { directDependencies, npmAlias } from './package-lock.js';

interface Entry {
  line: number;
  version?: string;
}

/** `"@babel/core@^7.0.0", "@babel/core@^7.12.3":` (v1) or `"lodash@npm:^4.17.20, lodash@npm:^4.17.21":` (berry). */
function descriptorsOf(header: string): string[] {
  return header
    .replace(/:\s*$/, '')
    .split(',')
    .map((part) => part.trim().replace(/^["']|["']$/g, ''))
    .filter(Boolean);
}

/** A descriptor's package name: up to the `@` that starts its range (a scope's `@` comes first). */
function nameOf(descriptor: string): string {
  const at = descriptor.indexOf('@', 1);
  return at < 0 ? descriptor : descriptor.slice(0, at);
}

/**
 * yarn.lock, v1 and berry. A lockfile alone does not tell direct dependencies from transitive ones, so only
 * the packages the package.json beside it lists are signals, each with the version the lockfile resolved and
 * the line of its entry; without that package.json there is nothing to tell, and nothing is reported. A berry
 * lockfile names the folder of each workspace, whose package.json is read the same way; a v1 lockfile does
 * not, so only the root's own dependencies are found in it.
 */
export const yarnLockParser: Parser = {
  id: 'yarn.lock',
  matches: (path) => baseName(path) === 'yarn.lock',
  parse(file, context) {
    const lines = new Lines(file.content);
    const entries = new Map<string, Entry>();
    const byName = new Map<string, Entry>();
    let current: Entry | undefined;
    lines.lines.forEach((raw, index) => {
      if (!raw || raw.startsWith('#')) return;
      if (!/^\s/.test(raw)) {
        current = undefined;
        if (!raw.trimEnd().endsWith(':') || raw.startsWith('__metadata')) return;
        current = { line: index + 1 };
        for (const descriptor of descriptorsOf(raw)) {
          entries.set(descriptor, current);
          const name = nameOf(descriptor);
          if (!byName.has(name)) byName.set(name, current);
        }
        return;
      }
      const version = current && !current.version ? /^ {2}version:?\s+["']?([^"'\s]+)["']?\s*$/.exec(raw) : undefined;
      if (version && current) current.version = version[1];
    });
    const problems = entries.size === 0 && file.content.trim() && !/^# yarn lockfile|^__metadata:/m.test(file.content) ? ['not a yarn lockfile: no entries'] : [];
    // Berry names each workspace's folder (`@acme/web@workspace:apps/web`): their package.json say what they use.
    const folder = folderOf(file.path);
    const folders = new Set(['.']);
    for (const descriptor of entries.keys()) {
      const workspace = /^(?:@[^/@]+\/)?[^@]+@workspace:(.+)$/.exec(descriptor)?.[1];
      if (workspace && !/^[\^~*]/.test(workspace)) folders.add(joinPath('.', workspace) || '.');
    }
    const signals: Signal[] = [];
    const seen = new Set<string>();
    for (const workspace of folders) {
      const direct = directDependencies(context, workspace === '.' ? folder : joinPath(folder, workspace));
      for (const [name, { spec, scope }] of direct ?? []) {
        if (/^(?:workspace|link|portal|file):/.test(spec)) continue;
        const entry = entries.get(`${name}@${spec}`) ?? entries.get(`${name}@npm:${spec}`) ?? byName.get(name);
        const key = `${name}\u0000${entry?.line}`;
        if (!entry || seen.has(key)) continue;
        seen.add(key);
        signals.push({ kind: 'npm', name: npmAlias(spec)?.name ?? name, version: entry.version, line: entry.line, snippet: lines.snippet(entry.line), scope });
      }
    }
    return { signals: signals.sort((a, b) => a.line - b.line), problems };
  },
};
