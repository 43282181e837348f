import type { Parser, Signal } from '../types.js';
import { TomlDocument } from './toml-lines.js';

/** A library of a catalog: its `group:artifact`, version and line. */
export interface CatalogLibrary {
  module: string;
  version?: string;
  line: number;
}

/** A plugin of a catalog: its id, version and line. */
export interface CatalogPlugin {
  id: string;
  version?: string;
  line: number;
}

/** A version catalog by accessor: the alias `spring-boot` is `spring.boot`, as build files write `libs.spring.boot`. */
export interface VersionCatalog {
  libraries: Map<string, CatalogLibrary>;
  bundles: Map<string, string[]>;
  plugins: Map<string, CatalogPlugin>;
  toml: TomlDocument;
}

/** The accessor of an alias: `-`, `_` and `.` all separate its parts; case does not matter to us. */
export function accessorOf(alias: string): string {
  return alias.replace(/[-_.]/g, '.').toLowerCase();
}

const isTable = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A version as a catalog writes it: "1.0", `{ ref = "x" }` (`version.ref`), `{ strictly = "1.0" }`. */
function versionOf(value: unknown, versions: Record<string, unknown>): string | undefined {
  if (typeof value === 'string') return value;
  if (!isTable(value)) return undefined;
  if (typeof value.ref === 'string') return versionOf(versions[value.ref], {});
  for (const key of ['strictly', 'require', 'prefer']) if (typeof value[key] === 'string') return value[key] as string;
  return undefined;
}

let cached: { text: string; catalog: VersionCatalog } | undefined;

/** A catalog's libraries, bundles and plugins, each with its line (the last catalog read is kept). */
export function readCatalog(text: string): VersionCatalog {
  if (cached?.text === text) return cached.catalog;
  const toml = new TomlDocument(text);
  const versions = isTable(toml.data.versions) ? toml.data.versions : {};
  const libraries = new Map<string, CatalogLibrary>();
  const bundles = new Map<string, string[]>();
  const plugins = new Map<string, CatalogPlugin>();
  const lineOf = (table: string, alias: string) => toml.lineOf([table, alias]) ?? toml.lineOf([table]) ?? 1;
  for (const [alias, spec] of Object.entries(isTable(toml.data.libraries) ? toml.data.libraries : {})) {
    let module: string | undefined;
    let version: string | undefined;
    if (typeof spec === 'string') {
      const [group, artifact, written] = spec.split(':');
      if (group && artifact) [module, version] = [`${group}:${artifact}`, written];
    } else if (isTable(spec)) {
      module = typeof spec.module === 'string' ? spec.module : typeof spec.group === 'string' && typeof spec.name === 'string' ? `${spec.group}:${spec.name}` : undefined;
      version = versionOf(spec.version, versions);
    }
    if (module) libraries.set(accessorOf(alias), { module, version, line: lineOf('libraries', alias) });
  }
  for (const [alias, members] of Object.entries(isTable(toml.data.bundles) ? toml.data.bundles : {})) {
    if (Array.isArray(members)) bundles.set(accessorOf(alias), members.filter((member): member is string => typeof member === 'string').map(accessorOf));
  }
  for (const [alias, spec] of Object.entries(isTable(toml.data.plugins) ? toml.data.plugins : {})) {
    let id: string | undefined;
    let version: string | undefined;
    if (typeof spec === 'string') [id, version] = spec.split(':');
    else if (isTable(spec) && typeof spec.id === 'string') [id, version] = [spec.id, versionOf(spec.version, versions)];
    if (id) plugins.set(accessorOf(alias), { id, version, line: lineOf('plugins', alias) });
  }
  const catalog = { libraries, bundles, plugins, toml };
  cached = { text, catalog };
  return catalog;
}

/** The Maven coordinates of a Gradle plugin: its marker artifact `<id>:<id>.gradle.plugin`. */
export function pluginMarker(id: string): string {
  return `${id}:${id}.gradle.plugin`;
}

/**
 * A Gradle version catalog (`gradle/libs.versions.toml`, or any `gradle/*.versions.toml`): it declares
 * what the build files use, so each library (`module = "g:a"`, `group`/`name`, or `"g:a:v"`) is a maven
 * signal and each plugin its marker `<id>:<id>.gradle.plugin`, all runtime, with versions from `[versions]`.
 */
export const libsVersionsTomlParser: Parser = {
  id: 'libs.versions.toml',
  matches: (path) => /(?:^|\/)libs\.versions\.toml$/.test(path) || /(?:^|\/)gradle\/[^/]+\.versions\.toml$/.test(path),
  parse(file) {
    const catalog = readCatalog(file.content);
    const signals: Signal[] = [];
    for (const library of catalog.libraries.values()) {
      signals.push({ kind: 'maven', name: library.module, version: library.version, line: library.line, snippet: catalog.toml.lines.snippet(library.line), scope: 'runtime' });
    }
    for (const plugin of catalog.plugins.values()) {
      signals.push({ kind: 'maven', name: pluginMarker(plugin.id), version: plugin.version, line: plugin.line, snippet: catalog.toml.lines.snippet(plugin.line), scope: 'runtime' });
    }
    signals.sort((a, b) => a.line - b.line);
    return { signals, problems: catalog.toml.problems };
  },
};
