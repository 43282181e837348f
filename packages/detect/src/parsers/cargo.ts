import { baseName } from '../paths.js';
import type { Parser, Scope, Signal } from '../types.js';
import { TomlDocument } from './toml-lines.js';

/** The tables that list dependencies, with the scope of each; `_` spellings are Cargo's old ones. */
const TABLES: ReadonlyArray<[string, Scope]> = [
  ['dependencies', 'runtime'],
  ['dev-dependencies', 'dev'],
  ['dev_dependencies', 'dev'],
  ['build-dependencies', 'dev'],
  ['build_dependencies', 'dev'],
];

const isTable = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Cargo.toml: the crates of `[dependencies]`, `[dev-dependencies]` and `[build-dependencies]` (dev), of
 * every `[target.'cfg(..)'.*]` table and of `[workspace.dependencies]`, in each form Cargo accepts (a
 * version string, an inline table, a `[dependencies.tokio]` table, dotted keys); a renamed crate
 * (`foo = { package = "bar" }`) is the crate it names. A `path`-only dependency is a crate of the same
 * tree, not a package. `rust-version` is the runtime `rust`. Its folder is a workspace (or a workspace root
 * with `[workspace] members`), named by `[package] name`.
 */
export const cargoParser: Parser = {
  id: 'Cargo.toml',
  workspaceManifest: true,
  matches: (path) => baseName(path) === 'Cargo.toml',
  parse(file) {
    const toml = new TomlDocument(file.content);
    const signals: Signal[] = [];
    const lineAt = (path: string[]) => toml.lineOf(path) ?? toml.lineOf(path.slice(0, -1)) ?? 1;

    const readTable = (path: string[], table: unknown, scope: Scope) => {
      if (!isTable(table)) return;
      for (const [key, spec] of Object.entries(table)) {
        let name = key;
        let version: string | undefined;
        if (typeof spec === 'string') {
          version = spec;
        } else if (isTable(spec)) {
          if (spec.path !== undefined && spec.version === undefined && spec.git === undefined) continue;
          name = text(spec.package) ?? key;
          version = text(spec.version);
        } else {
          continue;
        }
        const line = lineAt([...path, key]);
        signals.push({ kind: 'cargo', name, version, line, snippet: toml.lines.snippet(line), scope });
      }
    };

    const data = toml.data;
    for (const [table, scope] of TABLES) readTable([table], data[table], scope);
    if (isTable(data.target)) {
      for (const [platform, tables] of Object.entries(data.target)) {
        if (!isTable(tables)) continue;
        for (const [table, scope] of TABLES) readTable(['target', platform, table], tables[table], scope);
      }
    }
    const workspace = isTable(data.workspace) ? data.workspace : undefined;
    readTable(['workspace', 'dependencies'], workspace?.dependencies, 'runtime');

    const pkg = isTable(data.package) ? data.package : undefined;
    const workspacePackage = isTable(workspace?.package) ? workspace.package : undefined;
    for (const [path, owner] of [[['package', 'rust-version'], pkg], [['workspace', 'package', 'rust-version'], workspacePackage]] as const) {
      const version = text(owner?.['rust-version']);
      if (!version) continue;
      const line = lineAt([...path]);
      signals.push({ kind: 'runtime', name: 'rust', version, line, snippet: toml.lines.snippet(line), scope: 'runtime' });
    }
    signals.sort((a, b) => a.line - b.line);
    return { signals, problems: toml.problems, packageName: text(pkg?.name) };
  },
};
