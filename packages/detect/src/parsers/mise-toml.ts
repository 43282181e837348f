import { baseName } from '../paths.js';
import type { MatcherKind, Parser, Scope, Signal } from '../types.js';
import { TomlDocument } from './toml-lines.js';

/** mise backends that install a package of an ecosystem: `npm:prettier` is the npm package prettier. */
const BACKENDS: ReadonlyMap<string, MatcherKind> = new Map([
  ['npm', 'npm'], ['pipx', 'pypi'], ['pip', 'pypi'], ['cargo', 'cargo'], ['go', 'gomod'], ['gem', 'rubygems'],
]);

/** A `[tools]` key as what it installs: `node`, `core:python`, `npm:prettier`, `aqua:hashicorp/terraform`. */
function toolOf(key: string): { kind: MatcherKind; name: string; scope: Scope } {
  const colon = key.indexOf(':');
  if (colon < 0) return { kind: 'runtime', name: key, scope: 'runtime' };
  const backend = key.slice(0, colon);
  const name = key.slice(colon + 1);
  const kind = BACKENDS.get(backend);
  // A package installed as a tool is something developers run, not what the project runs on.
  if (kind) return { kind, name, scope: 'dev' };
  if (backend === 'core') return { kind: 'runtime', name, scope: 'runtime' };
  // aqua:, ubi:, github:, asdf:, vfox: name a repository or plugin; the tool is its last part.
  return { kind: 'runtime', name: name.split('/').pop()!.replace(/^(?:asdf|vfox|mise)-/, ''), scope: 'runtime' };
}

function versionOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return versionOf(value[0]);
  if (typeof value === 'object' && value !== null) return versionOf((value as Record<string, unknown>).version);
  return undefined;
}

/**
 * mise.toml (also `.mise.toml`, `.config/mise.toml`, `mise/config.toml`): each `[tools]` entry is a
 * runtime named as written (`node = "20"`, `python = ["3.12", "3.11"]`, `terraform = { version = "1.8" }`);
 * one installed through a package backend (`"npm:prettier"`, `"pipx:black"`) is that package, for dev.
 */
export const miseTomlParser: Parser = {
  id: 'mise.toml',
  matches: (path) => {
    const name = baseName(path);
    return name === 'mise.toml' || name === '.mise.toml' || /(?:^|\/)(?:\.config\/mise|mise|\.mise)\/config\.toml$/.test(path) || /(?:^|\/)\.config\/mise\.toml$/.test(path);
  },
  parse(file) {
    const toml = new TomlDocument(file.content);
    const signals: Signal[] = [];
    const tools = toml.data.tools;
    if (typeof tools === 'object' && tools !== null && !Array.isArray(tools)) {
      for (const [key, value] of Object.entries(tools)) {
        const line = toml.lineOf(['tools', key]) ?? toml.lineOf(['tools']) ?? 1;
        signals.push({ ...toolOf(key), version: versionOf(value), line, snippet: toml.lines.snippet(line) });
      }
    }
    return { signals, problems: toml.problems };
  },
};
