import { parse as parseTomlText, TomlError } from 'smol-toml';
import { baseName } from '../paths.js';
import { escapeRegExp, Lines } from '../text/lines.js';
import type { Parser, Scope, Signal } from '../types.js';
import { parseRequirement } from './requirements.js';

export type TomlTable = Record<string, unknown>;

export function isTable(value: unknown): value is TomlTable {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * A TOML document read as far as it is valid: on an error, the lines before it are read again, so a file
 * broken near its end still gives what comes before.
 */
export function readToml(text: string): { value: TomlTable; problems: string[] } {
  const problems: string[] = [];
  let source = text;
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      return { value: parseTomlText(source) as TomlTable, problems };
    } catch (error) {
      const line = error instanceof TomlError ? error.line : 0;
      if (attempt === 0) problems.push(`not valid TOML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}${line ? ` (line ${line})` : ''}`);
      if (line <= 1) break;
      source = source.split('\n').slice(0, line - 1).join('\n');
    }
  }
  return { value: {}, problems };
}

/** Where the tables and keys of a TOML text are written, for evidence. */
export class TomlLines {
  readonly lines: Lines;
  /** Each table header's dotted path (quotes dropped) and its 1-based line, in order. */
  private readonly headers: Array<{ path: string; line: number }> = [];

  constructor(text: string) {
    this.lines = new Lines(text);
    this.lines.lines.forEach((raw, index) => {
      const match = /^\s*\[\[?([^\]]*)\]/.exec(raw);
      if (match) this.headers.push({ path: tomlPath(match[1]!), line: index + 1 });
    });
  }

  /** The line of the first header of a table, or of one of its sub-tables (`[tool.ruff.lint]` for `tool.ruff`). */
  tableLine(path: string[]): number | undefined {
    const dotted = path.join('.');
    return this.headers.find((header) => header.path === dotted || header.path.startsWith(`${dotted}.`))?.line;
  }

  /** The keys written directly under a table's headers, each with its first line: built once per table. */
  private readonly keys = new Map<string, Map<string, number>>();

  private keysOf(dotted: string): Map<string, number> {
    let keys = this.keys.get(dotted);
    if (keys) return keys;
    keys = new Map();
    for (const [position, header] of this.headers.entries()) {
      if (header.path !== dotted) continue;
      const end = this.headers[position + 1]?.line ?? this.lines.lines.length + 1;
      for (let line = header.line + 1; line < end; line++) {
        const match = /^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_-]+)\s*=/.exec(this.lines.lines[line - 1]!);
        const key = match?.[1]!.replace(/^["']|["']$/g, '');
        if (key !== undefined && !keys.has(key)) keys.set(key, line);
      }
    }
    this.keys.set(dotted, keys);
    return keys;
  }

  /** The line where a key of a table is written: under the table's header, or as a dotted key of its parent. */
  keyLine(table: string[], key: string): number {
    const dotted = table.join('.');
    const direct = this.keysOf(dotted).get(key);
    if (direct) return direct;
    const inTable = (path: string, pattern: RegExp): number | undefined => {
      for (const [position, header] of this.headers.entries()) {
        if (header.path !== path) continue;
        const end = this.headers[position + 1]?.line ?? this.lines.lines.length + 1;
        for (let line = header.line + 1; line < end; line++) if (pattern.test(this.lines.lines[line - 1]!)) return line;
      }
      return undefined;
    };
    // `[project]` with `optional-dependencies.test = [...]`, or a key at the top of the file.
    for (let split = table.length - 1; split >= 0; split--) {
      const parent = table.slice(0, split).join('.');
      const rest = [...table.slice(split), key].map(escapeRegExp).join('\\s*\\.\\s*');
      const pattern = new RegExp(`^\\s*${rest}\\s*=`);
      if (parent === '') {
        const end = this.headers[0]?.line ?? this.lines.lines.length + 1;
        for (let line = 1; line < end; line++) if (pattern.test(this.lines.lines[line - 1]!)) return line;
      } else {
        const line = inTable(parent, pattern);
        if (line) return line;
      }
    }
    return this.tableLine(table) ?? 1;
  }

  /** The lines of an array's strings, in order, from the line of its key. */
  itemLines(from: number, items: string[]): number[] {
    const end = this.headers.find((header) => header.line > from)?.line ?? this.lines.lines.length + 1;
    let line = from;
    return items.map((item) => {
      const quoted = [`"${item}"`, `'${item}'`];
      for (let next = line; next < end; next++) {
        if (quoted.some((candidate) => this.lines.lines[next - 1]!.includes(candidate))) {
          line = next;
          break;
        }
      }
      return line;
    });
  }
}

/** `tool."poetry".dependencies` -> "tool.poetry.dependencies". */
function tomlPath(text: string): string {
  return text.split('.').map((part) => part.trim().replace(/^["']|["']$/g, '')).join('.');
}

/** A PEP 508 requirement's name and version, extras and markers dropped; a direct reference (`x @ https://...`) keeps its name. */
export function requirementOf(text: string): { name: string; version?: string } | undefined {
  const parsed = parseRequirement(text);
  if (parsed) return parsed;
  const direct = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*@/.exec(text);
  return direct ? { name: direct[1]! } : undefined;
}

/** The scope a dependency group's name gives: "test", "docs", "lint"; `otherwise` for a name that says nothing. */
export function scopeOfGroup(name: string, otherwise: Scope): Scope {
  const lower = name.toLowerCase();
  if (/test|pytest|coverage|^ci$/.test(lower)) return 'test';
  if (/^docs?$|^documentation$|^doc[-_]|[-_]docs?$|^mkdocs|^sphinx/.test(lower)) return 'docs';
  if (/^(?:dev|devel|develop|development|lint|linting|linters|typing|types|mypy|style|format|formatting|local|tools?|pre-commit|quality|check|checks)$/.test(lower)) return 'dev';
  return otherwise;
}

/** `[tool.X]` sections of tools configured in pyproject.toml, by section name: the package each one is. */
const TOOL_SECTIONS: Readonly<Record<string, string>> = {
  ruff: 'ruff', mypy: 'mypy', black: 'black', isort: 'isort', pytest: 'pytest', coverage: 'coverage',
  pylint: 'pylint', pyright: 'pyright', basedpyright: 'basedpyright', bandit: 'bandit', pydocstyle: 'pydocstyle',
  codespell: 'codespell', commitizen: 'commitizen', towncrier: 'towncrier', tox: 'tox', nox: 'nox',
  poetry: 'poetry', uv: 'uv', hatch: 'hatch', pdm: 'pdm', rye: 'rye', flit: 'flit', setuptools: 'setuptools',
  setuptools_scm: 'setuptools-scm', 'setuptools-scm': 'setuptools-scm', maturin: 'maturin', cibuildwheel: 'cibuildwheel',
  'scikit-build': 'scikit-build-core', semantic_release: 'python-semantic-release', bumpversion: 'bump-my-version',
  'bump-my-version': 'bump-my-version', interrogate: 'interrogate', vulture: 'vulture', docformatter: 'docformatter',
  autopep8: 'autopep8', yapf: 'yapf', pyupgrade: 'pyupgrade', 'django-stubs': 'django-stubs', deptry: 'deptry',
  'pytest-watcher': 'pytest-watcher', pyrefly: 'pyrefly', ty: 'ty', sqlfluff: 'sqlfluff', typos: 'typos',
};

/** Signals of a list of PEP 508 strings written under a key. */
function requirementSignals(toml: TomlLines, value: unknown, keyLine: number, scope: Scope): Signal[] {
  if (!Array.isArray(value)) return [];
  const strings = value.filter((item): item is string => typeof item === 'string');
  const lines = toml.itemLines(keyLine, strings);
  return strings.flatMap((text, index) => {
    const requirement = requirementOf(text);
    if (!requirement) return [];
    const line = lines[index]!;
    return [{ kind: 'pypi' as const, name: requirement.name, version: requirement.version, line, snippet: toml.lines.snippet(line), scope }];
  });
}

/** Poetry's and Pipenv's tables of `name = "version"` or `name = { version = "...", extras = [...] }`. */
export function tableSignals(toml: TomlLines, table: string[], value: unknown, scope: Scope): Signal[] {
  if (!isTable(value)) return [];
  // `{ path = "../lib" }` is a folder of the same tree (or the project itself), not a package of the index.
  return Object.entries(value).filter(([, spec]) => !(isTable(spec) && typeof spec.path === 'string')).map(([name, spec]) => {
    const line = toml.keyLine(table, name);
    const version = typeof spec === 'string' ? spec : isTable(spec) && typeof spec.version === 'string' ? spec.version : undefined;
    const signal: Signal = { kind: 'pypi', name, version: version === '*' ? undefined : version, line, snippet: toml.lines.snippet(line), scope };
    if (name.toLowerCase() === 'python') signal.kind = 'runtime';
    return signal;
  });
}

/**
 * pyproject.toml: PEP 621 dependencies and extras, PEP 735 dependency groups, Poetry's dependencies and
 * groups, uv's dev dependencies, Hatch's environments and PDM's dev groups, the build backend and the tools
 * configured under `[tool.X]`.
 */
export const pyprojectParser: Parser = {
  id: 'pyproject.toml',
  workspaceManifest: true,
  matches: (path) => baseName(path) === 'pyproject.toml',
  parse(file) {
    const { value: doc, problems } = readToml(file.content);
    const toml = new TomlLines(file.content);
    const signals: Signal[] = [];
    const at = (...path: string[]): unknown => path.reduce<unknown>((node, key) => (isTable(node) ? node[key] : undefined), doc);

    const project = at('project');
    if (isTable(project)) {
      signals.push(...requirementSignals(toml, project.dependencies, toml.keyLine(['project'], 'dependencies'), 'runtime'));
      const optional = project['optional-dependencies'];
      if (isTable(optional)) {
        for (const [group, list] of Object.entries(optional)) {
          signals.push(...requirementSignals(toml, list, toml.keyLine(['project', 'optional-dependencies'], group), scopeOfGroup(group, 'runtime')));
        }
      }
      if (typeof project['requires-python'] === 'string') {
        const line = toml.keyLine(['project'], 'requires-python');
        signals.push({ kind: 'runtime', name: 'python', version: project['requires-python'], line, snippet: toml.lines.snippet(line), scope: 'runtime' });
      }
    }

    const groups = at('dependency-groups');
    if (isTable(groups)) {
      for (const [group, list] of Object.entries(groups)) {
        signals.push(...requirementSignals(toml, list, toml.keyLine(['dependency-groups'], group), scopeOfGroup(group, 'dev')));
      }
    }

    const poetry = at('tool', 'poetry');
    if (isTable(poetry)) {
      signals.push(...tableSignals(toml, ['tool', 'poetry', 'dependencies'], poetry.dependencies, 'runtime'));
      signals.push(...tableSignals(toml, ['tool', 'poetry', 'dev-dependencies'], poetry['dev-dependencies'], 'dev'));
      if (isTable(poetry.group)) {
        for (const [group, body] of Object.entries(poetry.group)) {
          if (isTable(body)) signals.push(...tableSignals(toml, ['tool', 'poetry', 'group', group, 'dependencies'], body.dependencies, scopeOfGroup(group, 'dev')));
        }
      }
    }

    const uv = at('tool', 'uv');
    if (isTable(uv)) signals.push(...requirementSignals(toml, uv['dev-dependencies'], toml.keyLine(['tool', 'uv'], 'dev-dependencies'), 'dev'));

    // Hatch's environments and PDM's (older) dev groups list what developing and testing need.
    const envs = at('tool', 'hatch', 'envs');
    if (isTable(envs)) {
      for (const [env, body] of Object.entries(envs)) {
        if (!isTable(body)) continue;
        for (const key of ['dependencies', 'extra-dependencies']) {
          signals.push(...requirementSignals(toml, body[key], toml.keyLine(['tool', 'hatch', 'envs', env], key), scopeOfGroup(env, 'dev')));
        }
      }
    }
    const pdmGroups = at('tool', 'pdm', 'dev-dependencies');
    if (isTable(pdmGroups)) {
      for (const [group, list] of Object.entries(pdmGroups)) {
        signals.push(...requirementSignals(toml, list, toml.keyLine(['tool', 'pdm', 'dev-dependencies'], group), scopeOfGroup(group, 'dev')));
      }
    }

    const build = at('build-system');
    if (isTable(build)) signals.push(...requirementSignals(toml, build.requires, toml.keyLine(['build-system'], 'requires'), 'dev'));

    const tools = at('tool');
    if (isTable(tools)) {
      for (const section of Object.keys(tools)) {
        const name = TOOL_SECTIONS[section];
        const line = name ? toml.tableLine(['tool', section]) ?? toml.keyLine(['tool'], section) : undefined;
        if (name && line) signals.push({ kind: 'pypi', name, line, snippet: toml.lines.snippet(line), scope: 'dev' });
      }
    }

    const name = isTable(project) && typeof project.name === 'string' ? project.name : isTable(poetry) && typeof poetry.name === 'string' ? poetry.name : undefined;
    return { signals, problems, packageName: name };
  },
};
