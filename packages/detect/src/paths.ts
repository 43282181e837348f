import type { Scope } from './types.js';

/**
 * Folders never read: installed dependencies, build output, caches and tool state. Their manifests are
 * someone else's, or copies of the project's own.
 */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set([
  '.git', '.hg', '.svn', 'node_modules', 'bower_components', 'jspm_packages', '.pnpm-store', '.yarn',
  '__pycache__', '.venv', 'venv', '.tox', '.nox', '.mypy_cache', '.pytest_cache', '.ruff_cache', 'site-packages',
  '.gradle', '.m2', '.terraform', '.terragrunt-cache', '.serverless', '.next', '.nuxt', '.svelte-kit', '.astro',
  '.turbo', '.parcel-cache', '.cache', '.angular', '.expo', 'coverage', '.nyc_output', 'Pods', 'Carthage',
  '.bundle', '_build', 'deps', '.elixir_ls', 'target', 'dist', 'out', '.output', '.vercel', '.netlify',
]);

/** Folders of other people's code kept in the tree (Linguist's vendored paths): read, but only as hints. */
export const VENDORED_FOLDERS: ReadonlySet<string> = new Set([
  'vendor', 'vendors', 'third_party', 'third-party', 'thirdparty', 'external', 'extern', 'Godeps',
]);

/** Folders of examples, samples and demos: what they use is not the project's own stack. */
const EXAMPLE_FOLDERS: ReadonlySet<string> = new Set(['example', 'examples', 'sample', 'samples', 'demo', 'demos']);
const DOCS_FOLDERS: ReadonlySet<string> = new Set(['docs', 'doc', 'documentation', 'website']);
const TEST_FOLDERS: ReadonlySet<string> = new Set(['test', 'tests', '__tests__', 'spec', 'e2e']);
/** Folders of test data: manifests there describe the trees a test reads, not the project. */
const FIXTURE_FOLDERS: ReadonlySet<string> = new Set(['fixtures', '__fixtures__', 'testdata', 'test-data']);

/** Build output that counts for nothing when languages are counted by extension (it stays readable for manifests). */
const BUILD_FOLDERS: ReadonlySet<string> = new Set(['build', 'bin', 'obj', 'public', 'static', 'assets', 'generated', 'gen']);

/** Files a generator wrote: never a language of the project's own. */
const GENERATED_FILE =
  /(?:\.min\.(?:js|css)$|\.bundle\.js$|\.pb\.go$|_pb2(?:_grpc)?\.py$|\.pb\.(?:cc|h)$|\.generated\.\w+$|\.g\.dart$|\.designer\.cs$|-lock\.json$|\.lock$|\.map$)/i;

function folders(path: string): string[] {
  return path.split('/').slice(0, -1);
}

/** Whether the walk goes into a folder of this name. */
export function isSkippedFolder(name: string): boolean {
  return SKIPPED_FOLDERS.has(name);
}

/** Whether a path lies in a folder never read. */
export function isSkippedPath(path: string): boolean {
  return folders(path).some((name) => SKIPPED_FOLDERS.has(name));
}

/** Why a folder makes what its files name only a hint, when it does: vendored code, test data. */
export function folderHint(path: string): string | undefined {
  const parts = folders(path);
  if (parts.some((name) => VENDORED_FOLDERS.has(name))) return 'in a vendored folder';
  if (parts.some((name) => FIXTURE_FOLDERS.has(name))) return 'in test data';
  return undefined;
}

/** `.env.example`, `config.example.yml`, `docker-compose.sample.yml`, `settings.py.template`. */
export function isExampleFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return /(?:^|[.\-_])(?:example|sample|template|dist)(?:[.\-_]|$)/.test(name) && !/^(?:examples?|samples?)$/.test(name);
}

/** Whether a file counts when languages are counted: not vendored, generated, built or an example. */
export function countsForLanguages(path: string): boolean {
  const parts = folders(path);
  if (parts.some((name) => SKIPPED_FOLDERS.has(name) || VENDORED_FOLDERS.has(name) || FIXTURE_FOLDERS.has(name) || BUILD_FOLDERS.has(name) || EXAMPLE_FOLDERS.has(name))) return false;
  return !GENERATED_FILE.test(path);
}

/**
 * The scope a path gives what it names, when its folder says more than the manifest does: a package.json in
 * examples/ is an example's, a requirements.txt in docs/ the docs'. Undefined when the folder says nothing.
 */
export function scopeOfPath(path: string): Scope | undefined {
  const parts = folders(path).map((name) => name.toLowerCase());
  if (parts.some((name) => EXAMPLE_FOLDERS.has(name))) return 'example';
  if (parts[0] === '.github' || parts[0] === '.circleci' || parts[0] === '.buildkite') return 'ci';
  if (parts.some((name) => DOCS_FOLDERS.has(name))) return 'docs';
  if (parts.some((name) => TEST_FOLDERS.has(name))) return 'test';
  return undefined;
}

/** The folder of a path: "." at the root. */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '.' : path.slice(0, slash);
}

/** The name of a path's file. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** A path relative to the root from a folder and a relative reference: ("req", "../base.txt") -> "base.txt". */
export function joinPath(folder: string, reference: string): string {
  const parts = folder === '.' ? [] : folder.split('/');
  for (const part of reference.split('/')) {
    if (part === '..') parts.pop();
    else if (part && part !== '.') parts.push(part);
  }
  return parts.join('/');
}
