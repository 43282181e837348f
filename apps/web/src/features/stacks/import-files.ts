// Which of the files someone dropped or picked are sent to detection, and in what order. Pure, so it is
// tested without a browser: the reading (import-read.ts) asks it before it opens a single file.

import { DETECT_LIMITS, STACK_TOOL_EVIDENCE_MAX } from '@stackyard/domain/detect-limits';

/** What POST /api/v1/detect reads at most (the domain's own values, from its zod-free subpath). */
export const IMPORT_LIMITS = DETECT_LIMITS;
export type ImportLimits = { files: number; fileBytes: number; totalBytes: number; pathLength: number };

/** How many evidence items a stack keeps per tool. */
export const EVIDENCE_MAX = STACK_TOOL_EVIDENCE_MAX;

/** Folders that are not the project's own: dependencies, version control, builds and caches. Never read. */
const SKIPPED_FOLDERS = new Set([
  'node_modules',
  'bower_components',
  'jspm_packages',
  '.git',
  '.hg',
  '.svn',
  'vendor',
  'vendors',
  'third_party',
  'third-party',
  'dist',
  'build',
  'out',
  'target',
  'bin',
  'obj',
  '.next',
  '.nuxt',
  '.svelte-kit',
  '.turbo',
  '.cache',
  '.parcel-cache',
  '.yarn',
  '.pnpm-store',
  'coverage',
  '.nyc_output',
  '__pycache__',
  '.venv',
  'venv',
  '.tox',
  '.mypy_cache',
  '.pytest_cache',
  '.gradle',
  '.idea',
  '.vscode',
  '.terraform',
  'Pods',
  'DerivedData',
  '_build',
  'deps',
  'tmp',
]);

/** Names that are surely not text, by extension: never read. */
const BINARY_EXTENSIONS = new Set(
  (
    'png jpg jpeg gif webp avif bmp ico icns tif tiff psd svgz heic ' +
    'pdf zip gz tgz bz2 xz 7z rar tar zst jar war ear aar class dex apk ipa ' +
    'so dylib dll exe bin o a lib obj pyc pyo wasm node ' +
    'woff woff2 ttf otf eot mp3 mp4 m4a wav ogg flac webm mov avi mkv ' +
    'sqlite sqlite3 db mdb parquet avro pkl npy onnx pt'
  ).split(' '),
);

/** File names a parser of the detection reads (exact, any folder). */
const MANIFEST_NAMES = new Set([
  'package.json',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'yarn.lock',
  'pyproject.toml',
  'Pipfile',
  'Pipfile.lock',
  'setup.cfg',
  'setup.py',
  'Gemfile',
  'Gemfile.lock',
  'go.mod',
  'Cargo.toml',
  'composer.json',
  'pom.xml',
  'build.gradle',
  'build.gradle.kts',
  'settings.gradle',
  'settings.gradle.kts',
  'libs.versions.toml',
  'Directory.Packages.props',
  'Directory.Build.props',
  'packages.config',
  'global.json',
  'mix.exs',
  'Dockerfile',
  'Containerfile',
  '.gitlab-ci.yml',
  'action.yml',
  'action.yaml',
  'Procfile',
  'netlify.toml',
  'vercel.json',
  'fly.toml',
  'render.yaml',
  'app.json',
  '.terraform.lock.hcl',
  'Chart.yaml',
  '.nvmrc',
  '.node-version',
  '.python-version',
  '.ruby-version',
  '.tool-versions',
  'mise.toml',
  '.mise.toml',
  'rust-toolchain',
  'rust-toolchain.toml',
  'stackyard.json',
]);

/** Manifests named by a pattern rather than a fixed name. */
const MANIFEST_PATTERNS: RegExp[] = [
  /^requirements.*\.(txt|in)$/i,
  /^(docker-)?compose.*\.ya?ml$/i,
  /^Dockerfile\..+$/,
  /\.dockerfile$/i,
  /\.(csproj|fsproj|vbproj)$/i,
  /\.tf$/,
  /^\.env(\..+)?$/,
];

/** A file that may hold a manifest and is looked at after those: other YAML (Kubernetes), other TOML. */
const MAYBE_MANIFEST = /\.(ya?ml|toml)$/i;

export interface CandidateFile {
  /** Its path from the root of what was dropped, "/"-separated. */
  path: string;
  /** Its size in bytes. */
  size: number;
}

export type SkipReason = 'skipped-folder' | 'binary' | 'too-large' | 'path-too-long' | 'over-limit' | 'duplicate';

export interface SkippedFile {
  path: string;
  reason: SkipReason;
}

export interface ImportPlan<T extends CandidateFile> {
  /** To read and send, in this order: manifests first, shallow before deep. */
  send: T[];
  skipped: SkippedFile[];
}

/** "/"-separated, without "./" or a leading "/". */
export function normalizePath(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .join('/');
}

/**
 * Paths from the root of what was dropped: a dropped folder (or one picked whole) prefixes every path with
 * its own name, which is no part of the project's tree, so a folder every path shares is taken off.
 */
export function stripCommonRoot<T extends { path: string }>(files: T[]): T[] {
  if (files.length === 0) return files;
  const first = files[0]!.path.split('/');
  if (first.length < 2) return files;
  const root = first[0]!;
  if (!files.every((file) => file.path.startsWith(`${root}/`))) return files;
  return files.map((file) => ({ ...file, path: file.path.slice(root.length + 1) }));
}

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Whether a folder (by its name alone) is skipped whole: reading a tree never descends into it. */
export function isSkippedFolder(name: string): boolean {
  return SKIPPED_FOLDERS.has(name);
}

function inSkippedFolder(path: string): boolean {
  const parts = path.split('/');
  return parts.slice(0, -1).some(isSkippedFolder);
}

export function isBinaryName(path: string): boolean {
  const name = baseName(path);
  const dot = name.lastIndexOf('.');
  return dot > 0 && BINARY_EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
}

/** 0: a manifest a parser reads; 1: YAML or TOML that may be one; 2: any other text file (for its extension). */
export function manifestRank(path: string): 0 | 1 | 2 {
  const name = baseName(path);
  if (MANIFEST_NAMES.has(name) || MANIFEST_PATTERNS.some((pattern) => pattern.test(name))) return 0;
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return 0;
  if (MAYBE_MANIFEST.test(name)) return 1;
  return 2;
}

const depth = (path: string) => path.split('/').length;

/**
 * Chooses what is sent: files in skipped folders, binary ones and those above the per-file limit are left
 * out (and said so); the rest go manifests first, then shallow before deep, then by path, as long as the
 * count and the total size stay within the limits. Paths are normalised and made relative to the dropped root.
 */
export function planImport<T extends CandidateFile>(files: T[], limits: ImportLimits = IMPORT_LIMITS): ImportPlan<T> {
  const skipped: SkippedFile[] = [];
  const seen = new Set<string>();
  const eligible: T[] = [];
  for (const file of stripCommonRoot(files.map((file) => ({ ...file, path: normalizePath(file.path) })))) {
    const { path } = file;
    if (seen.has(path)) {
      skipped.push({ path, reason: 'duplicate' });
      continue;
    }
    seen.add(path);
    if (inSkippedFolder(path)) skipped.push({ path, reason: 'skipped-folder' });
    else if (isBinaryName(path)) skipped.push({ path, reason: 'binary' });
    else if (path.length > limits.pathLength) skipped.push({ path, reason: 'path-too-long' });
    else if (file.size > limits.fileBytes) skipped.push({ path, reason: 'too-large' });
    else eligible.push(file);
  }
  eligible.sort((a, b) => manifestRank(a.path) - manifestRank(b.path) || depth(a.path) - depth(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const send: T[] = [];
  let total = 0;
  for (const file of eligible) {
    if (send.length < limits.files && total + file.size <= limits.totalBytes) {
      send.push(file);
      total += file.size;
    } else {
      skipped.push({ path: file.path, reason: 'over-limit' });
    }
  }
  return { send, skipped };
}

/** Whether text read from a file is binary after all: a NUL byte, or bytes that are not UTF-8. */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8000);
  if (head.includes(0)) return true;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return false;
  } catch {
    return true;
  }
}

const REASONS: Record<SkipReason, [one: string, many: string]> = {
  'skipped-folder': ['in a dependency, build or version-control folder', 'in dependency, build or version-control folders'],
  binary: ['not a text file', 'not text files'],
  'too-large': ['larger than 1 MB', 'larger than 1 MB each'],
  'path-too-long': ['with a path longer than 400 characters', 'with paths longer than 400 characters'],
  'over-limit': ['past what one detection reads (300 files, 4 MB)', 'past what one detection reads (300 files, 4 MB)'],
  duplicate: ['given twice', 'given twice'],
};

/** "2 files larger than 1 MB each" and the like, one line per reason, in a stable order. */
export function describeSkipped(skipped: SkippedFile[]): string[] {
  const counts = new Map<SkipReason, number>();
  for (const file of skipped) counts.set(file.reason, (counts.get(file.reason) ?? 0) + 1);
  return (Object.keys(REASONS) as SkipReason[])
    .filter((reason) => counts.has(reason))
    .map((reason) => {
      const count = counts.get(reason)!;
      return `${count} ${count === 1 ? 'file' : 'files'} ${REASONS[reason][count === 1 ? 0 : 1]}`;
    });
}
