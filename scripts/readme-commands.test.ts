// Every command the README shows must run as written: `npm run X` needs a root script X,
// `npm run pnpm -- Y` needs a root script Y (or Y to be a pnpm command), `node some/file` needs the file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);

/** pnpm's own commands and options: `npm run pnpm -- install` runs pnpm, not a script. */
const PNPM_COMMANDS = new Set([
  'install', 'i', 'add', 'remove', 'update', 'exec', 'dlx', 'deploy', 'list', 'why', 'outdated', 'rebuild',
  'store', 'audit', 'help', '--help', '--version', '-v',
]);

/** What the commands are checked against. */
interface Repo {
  rootScripts: ReadonlySet<string>;
  /** Workspace package name -> its scripts. */
  packages: ReadonlyMap<string, ReadonlySet<string>>;
  fileExists(path: string): boolean;
}

function scriptsOf(manifestUrl: URL): Set<string> {
  const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8')) as { scripts?: Record<string, string> };
  return new Set(Object.keys(manifest.scripts ?? {}));
}

/** The repository on disk: the root package.json and the packages pnpm-workspace.yaml lists. */
function repoOnDisk(): Repo {
  const workspace = readFileSync(new URL('pnpm-workspace.yaml', root), 'utf8');
  const globs = workspace.split(/\n(?=\S)/).find((section) => section.startsWith('packages:')) ?? '';
  const dirs = [...globs.matchAll(/^\s+-\s+['"]?([^'"\s]+)/gm)].flatMap(([, glob]) =>
    glob!.endsWith('/*')
      ? readdirSync(new URL(glob!.slice(0, -1), root)).map((name) => `${glob!.slice(0, -1)}${name}/`)
      : [`${glob}/`],
  );
  const packages = new Map<string, Set<string>>();
  for (const dir of dirs) {
    const manifest = new URL(`${dir}package.json`, root);
    if (!existsSync(manifest)) continue;
    const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name: string };
    packages.set(name, scriptsOf(manifest));
  }
  return {
    rootScripts: scriptsOf(new URL('package.json', root)),
    packages,
    fileExists: (path) => existsSync(new URL(path, root)),
  };
}

/**
 * The npm and node commands a markdown text shows in code: lines of fenced blocks and inline code spans
 * (table cells included). In "`npm run pnpm -- typecheck` / `lint`" the second span stands for the first
 * with its last word replaced.
 */
function commandsIn(markdown: string): string[] {
  const snippets: string[] = [];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.trimStart().startsWith('```')) {
      fenced = !fenced;
    } else if (fenced) {
      snippets.push(line);
    } else {
      let previous: { text: string; end: number } | null = null;
      for (const match of line.matchAll(/`([^`]+)`/g)) {
        let text = match[1]!.trim();
        const between = previous ? line.slice(previous.end, match.index) : '';
        if (previous && between.trim() === '/' && !/\s/.test(text)) text = previous.text.replace(/\S+$/, text);
        snippets.push(text);
        previous = { text, end: match.index + match[0].length };
      }
    }
  }
  const commands = snippets.flatMap((snippet) =>
    snippet.split(/&&|\|\||[;|]/).flatMap((part) => {
      const words = part.trim().split(/\s+/);
      while (words[0] && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) words.shift(); // VAR=value before it
      return words[0] === 'npm' || words[0] === 'node' ? [words.join(' ')] : [];
    }),
  );
  return [...new Set(commands)];
}

const isPlaceholder = (word: string) => /^<.*>$/.test(word) || word === '...';

/** Why a command would not run as written, or null when it would. */
function problemWith(command: string, repo: Repo): string | null {
  const [program, ...args] = command.split(' ');
  if (program === 'node') {
    const file = args.find((arg) => !arg.startsWith('-'));
    if (!file || args[0]?.startsWith('-')) return null; // node -e ..., node --version
    return repo.fileExists(file) ? null : `${file} does not exist`;
  }
  const [subcommand, ...rest] = args;
  if (subcommand === 'install' || subcommand === 'ci') return null;
  if (subcommand === 'test' || subcommand === 'start') return scriptProblem(subcommand, repo.rootScripts, 'the root package.json');
  if (subcommand !== 'run' && subcommand !== 'run-script') return `npm ${subcommand ?? ''} is not a command this check knows`;
  const script = rest[0];
  if (!script) return 'npm run without a script';
  const problem = scriptProblem(script, repo.rootScripts, 'the root package.json');
  if (problem || script !== 'pnpm') return problem;
  const pnpmArgs = rest.slice(1);
  return pnpmProblem(pnpmArgs[0] === '--' ? pnpmArgs.slice(1) : pnpmArgs, repo, repo.rootScripts, 'the root package.json');
}

function scriptProblem(script: string, scripts: ReadonlySet<string>, where: string): string | null {
  return isPlaceholder(script) || scripts.has(script) ? null : `${where} has no script "${script}"`;
}

/** pnpm's arguments: a script of `where`, a pnpm command, or --filter / -r before one of those. */
function pnpmProblem(args: string[], repo: Repo, scripts: ReadonlySet<string>, where: string): string | null {
  const [first, ...rest] = args;
  if (first === undefined || isPlaceholder(first)) return null;
  if (first === '--filter' || first === '-F' || first.startsWith('--filter=')) {
    const selector = first.startsWith('--filter=') ? first.slice('--filter='.length) : rest.shift();
    const name = selector?.replace(/^\.\.\.|\.\.\.$/g, '').replace(/^\^/, '');
    const selected = name === undefined ? undefined : repo.packages.get(name);
    if (!selected) return `--filter ${selector ?? ''} names no workspace package`;
    return pnpmProblem(rest, repo, selected, `${name}'s package.json`);
  }
  if (first === '-r' || first === '--recursive') {
    const [script] = rest;
    if (!script || PNPM_COMMANDS.has(script)) return null;
    return [...repo.packages.values()].some((each) => each.has(script)) ? null : `no workspace package has a script "${script}"`;
  }
  if (first === 'run') return rest[0] ? scriptProblem(rest[0], scripts, where) : 'pnpm run without a script';
  if (PNPM_COMMANDS.has(first)) return null;
  if (first.startsWith('-')) return `pnpm option ${first} is not one this check knows`;
  return scriptProblem(first, scripts, where);
}

const repo = repoOnDisk();
const readmeCommands = commandsIn(readFileSync(new URL('README.md', root), 'utf8'));

describe("the README's commands", () => {
  it('are found: the quick start, the everyday commands table and the CLI example', () => {
    expect(readmeCommands).toEqual(
      expect.arrayContaining([
        'npm run up',
        'npm test',
        'npm run pnpm -- <args>',
        'npm run pnpm -- db:seed',
        'npm run pnpm -- typecheck',
        'npm run pnpm -- lint',
        'npm run pnpm -- build',
        'node apps/cli/bin/stackyard.mjs scan .',
      ]),
    );
  });

  it.each(readmeCommands)('%s runs as written', (command) => {
    expect(problemWith(command, repo)).toBeNull();
  });
});

describe('the README command check', () => {
  // Whatever the root package.json holds today, the check itself is shown a root with the pnpm script.
  const withPnpm: Repo = { ...repo, rootScripts: new Set([...repo.rootScripts, 'pnpm']) };

  it('reports a script that does not exist, at the root or behind npm run pnpm', () => {
    expect(commandsIn('| `npm run pnpm -- nonsense` | does nothing |')).toEqual(['npm run pnpm -- nonsense']);
    expect(problemWith('npm run pnpm -- nonsense', withPnpm)).toBe('the root package.json has no script "nonsense"');
    expect(problemWith('npm run nonsense', withPnpm)).toBe('the root package.json has no script "nonsense"');
    expect(problemWith('npm run pnpm -- --filter @stackyard/api nonsense', withPnpm)).toBe(
      `@stackyard/api's package.json has no script "nonsense"`,
    );
    expect(problemWith('npm run pnpm -- --filter @stackyard/nowhere build', withPnpm)).toMatch(/names no workspace package/);
  });

  it('reports every npm run pnpm command when the root has no pnpm script', () => {
    const withoutPnpm: Repo = { ...withPnpm, rootScripts: new Set([...withPnpm.rootScripts].filter((name) => name !== 'pnpm')) };
    expect(problemWith('npm run pnpm -- <args>', withoutPnpm)).toBe('the root package.json has no script "pnpm"');
    expect(problemWith('npm run pnpm -- db:seed', withoutPnpm)).toBe('the root package.json has no script "pnpm"');
  });

  it('accepts pnpm commands and filtered package scripts, and reports a missing file for node', () => {
    expect(problemWith('npm run pnpm -- install', withPnpm)).toBeNull();
    expect(problemWith('npm run pnpm -- --filter @stackyard/api... build', withPnpm)).toBeNull();
    expect(problemWith('node apps/cli/bin/nowhere.mjs', withPnpm)).toBe('apps/cli/bin/nowhere.mjs does not exist');
  });

  it('reads commands out of fenced blocks, after environment variables and around &&', () => {
    const markdown = ['```sh', 'DATABASE_URL=postgres://x npm run up && npm test', 'createdb stackyard', '```'].join('\n');
    expect(commandsIn(markdown)).toEqual(['npm run up', 'npm test']);
  });
});
