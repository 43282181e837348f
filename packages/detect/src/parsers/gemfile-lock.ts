import { baseName, folderOf, joinPath } from '../paths.js';
import { Lines } from '../text/lines.js';
import type { Parser, Scope, Signal } from '../types.js';
import { readGemfile } from './gemfile.js';

/** "1.16.0-x86_64-linux" is version 1.16.0 built for a platform. */
function withoutPlatform(version: string): string {
  return version.replace(/-(?:x86|x64|arm|aarch|universal|java|mingw|mswin|darwin|linux|musl)[\w.-]*$/i, '');
}

/**
 * Gemfile.lock (gems.locked): only the gems of `DEPENDENCIES` are the project's own, each with the version
 * its `specs:` resolved; a gem only under specs is pulled in by another, and a gem of a `PATH` source (the
 * project's own, an engine of the tree) is not a dependency. The scope comes from the Gemfile and the gemspec beside it when they were
 * read (the lockfile does not keep groups), and the Ruby version from `RUBY VERSION`.
 */
export const gemfileLockParser: Parser = {
  id: 'Gemfile.lock',
  matches: (path) => baseName(path) === 'Gemfile.lock' || baseName(path) === 'gems.locked',
  parse(file, context) {
    const lines = new Lines(file.content);
    const resolved = new Map<string, string>();
    const direct: Array<{ name: string; constraint?: string; line: number }> = [];
    const signals: Signal[] = [];
    /** The gems of `PATH` sources: code of the same tree, not dependencies. */
    const own = new Set<string>();
    /** Those of `PATH remote: .`: the project's own gem, which a gemspec beside the lockfile declares. */
    const gemspecs = new Set<string>();
    let section = '';
    let remote = '';
    lines.lines.forEach((raw, index) => {
      const line = index + 1;
      if (/^[A-Z]/.test(raw)) {
        section = raw.trim();
        remote = '';
        return;
      }
      if (section === 'GEM' || section === 'PATH' || section === 'GIT') {
        const source = /^ {2}remote:\s*(\S+)/.exec(raw);
        if (source) remote = source[1]!;
        const spec = /^ {4}([^\s(]+) \(([^)]+)\)\s*$/.exec(raw);
        if (spec && section === 'PATH') own.add(spec[1]!);
        if (spec && section === 'PATH' && (remote === '.' || remote === './')) gemspecs.add(spec[1]!);
        if (spec && !resolved.has(spec[1]!)) resolved.set(spec[1]!, withoutPlatform(spec[2]!));
      } else if (section === 'DEPENDENCIES') {
        const dependency = /^ {2}([^\s(!]+)!?(?: \(([^)]*)\))?\s*$/.exec(raw);
        if (dependency) direct.push({ name: dependency[1]!, constraint: dependency[2], line });
      } else if (section === 'RUBY VERSION') {
        const ruby = /^\s+ruby (\d[\w.]*?)(?:p\d+)?\s*$/.exec(raw);
        if (ruby) signals.push({ kind: 'runtime', name: 'ruby', version: ruby[1], line, snippet: lines.snippet(line), scope: 'runtime' });
      }
    });
    const folder = folderOf(file.path);
    const gemfile = context.readText(joinPath(folder, baseName(file.path) === 'gems.locked' ? 'gems.rb' : 'Gemfile'));
    const scopes = new Map<string, Scope>();
    const manifests = [
      ...(gemfile === undefined ? [] : [readGemfile(gemfile)]),
      ...[...gemspecs].flatMap((name) => {
        const gemspec = context.readText(joinPath(folder, `${name}.gemspec`));
        return gemspec === undefined ? [] : [readGemfile(gemspec, true)];
      }),
    ];
    for (const manifest of manifests) {
      for (const signal of manifest.signals) if (signal.kind === 'rubygems' && !signal.hint && !scopes.has(signal.name)) scopes.set(signal.name, signal.scope);
    }
    const gems = direct.filter(({ name }) => !own.has(name)).map(({ name, constraint, line }): Signal => ({
      kind: 'rubygems', name, version: resolved.get(name) ?? constraint, line, snippet: lines.snippet(line), scope: scopes.get(name) ?? 'runtime',
    }));
    const problems = file.content.trim() && !/^(?:GEM|PATH|GIT|PLATFORMS|DEPENDENCIES)\b/m.test(file.content) ? ['not a Gemfile.lock: none of its sections (GEM, DEPENDENCIES) is there'] : [];
    return { signals: [...gems, ...signals], problems };
  },
};
