/**
 * The words of detection. A parser reads one manifest and says what it saw (signals, with lines); rules say
 * which catalogue tool a signal names; the engine turns matched signals into findings with their evidence.
 */

/** Where a tool is used: in what runs, only to develop or test it, in CI, in docs, or in an example. */
export type Scope = 'runtime' | 'dev' | 'test' | 'ci' | 'docs' | 'example';

/**
 * What a signal names, and so which matcher of a rule can match it. Package ecosystems first, then the
 * things deployment files name, then what the tree itself shows.
 */
export type MatcherKind =
  | 'npm'
  | 'pypi'
  | 'rubygems'
  | 'maven'
  | 'nuget'
  | 'hex'
  | 'cargo'
  | 'gomod'
  | 'composer'
  /** A container image, with registry, tag and digest stripped: "postgres", "bitnami/redis". */
  | 'docker'
  /** A GitHub Action, `owner/repo`: "actions/setup-node". */
  | 'action'
  /** A Terraform provider, `namespace/type`: "hashicorp/aws". */
  | 'terraformProvider'
  /** A Terraform resource or data source type: "aws_eks_cluster". */
  | 'terraformResource'
  /** A Helm chart a chart depends on, by name: "postgresql". */
  | 'helm'
  /** A Debian or Alpine package a Dockerfile installs: "nginx", "postgresql-client". */
  | 'apt'
  /** A runtime or tool pinned by a version file (.nvmrc, .tool-versions, engines): "nodejs", "python". */
  | 'runtime'
  /** A program a process file runs: "gunicorn", "sidekiq". */
  | 'command'
  /** A platform add-on (app.json `addons`, render.yaml service types): "heroku-postgresql". */
  | 'addon'
  /** A path in the tree (glob): "Dockerfile", ".github/workflows/*.yml". */
  | 'file'
  /** A source file extension: ".py". */
  | 'extension'
  /** An environment variable's name: "SENTRY_DSN". */
  | 'env';

/** The kinds that name packages of an ecosystem: one that matches no rule is reported as unknown. */
export const PACKAGE_KINDS: ReadonlySet<MatcherKind> = new Set<MatcherKind>([
  'npm', 'pypi', 'rubygems', 'maven', 'nuget', 'hex', 'cargo', 'gomod', 'composer', 'docker', 'action', 'terraformProvider', 'helm',
]);

/** One thing a parser saw in a file, with where it is. */
export interface Signal {
  kind: MatcherKind;
  /** As the file writes it; the engine normalises it for its kind before matching. */
  name: string;
  version?: string;
  /** 1-based line of the file. */
  line: number;
  /** The line (or the part of it) that shows it, trimmed. */
  snippet: string;
  scope: Scope;
  /** Set when what was seen cannot count as the stack on its own: "commented out", "reusable workflow". */
  hint?: string;
}

/** What a parser made of one file. */
export interface ParseOutput {
  signals: Signal[];
  /** What was wrong with the file, each a sentence; a malformed file gives a problem and what could be read. */
  problems?: string[];
  /** Other files this one pulls in (`-r base.txt`), as paths from the root: parsed with the same parser. */
  includes?: string[];
  /** The package this manifest declares, when it names one: a workspace's name. */
  packageName?: string;
}

/** A file as a parser sees it: its path from the root (posix separators) and its text. */
export interface TextFile {
  path: string;
  content: string;
}

/** What a parser may ask of the other files read in the same run (a compose file's `.env`). */
export interface ParseContext {
  /** The text of another file of the tree, by path from the root, when it was read. */
  readText(path: string): string | undefined;
}

/** One parser: one kind of manifest. */
export interface Parser {
  /** What it reads, for problems and docs: "package.json", "docker compose". */
  id: string;
  /** Whether it reads the file at this path (posix, from the root). */
  matches(path: string): boolean;
  /** Whether the file makes its folder a workspace of its own (package.json, go.mod, Cargo.toml...). */
  workspaceManifest?: boolean;
  parse(file: TextFile, context: ParseContext): ParseOutput;
}

/** Where a finding was seen. */
export interface Evidence {
  file: string;
  line: number;
  /** The matcher kind that matched, or "implied" when another tool implies this one. */
  kind: MatcherKind | 'implied';
  /** The package, image, action or path as the file names it. */
  package: string;
  version?: string;
  snippet: string;
}

/** A catalogue tool the tree uses. */
export interface Finding {
  slug: string;
  name: string;
  /** 0-1: a direct dependency is near 1, a single file of a language lower. */
  confidence: number;
  scope: Scope;
  evidence: Evidence[];
}

/** A tool seen only where it does not count (an example file, a commented-out line, a vendored folder). */
export interface Hint {
  slug: string;
  name: string;
  reason: string;
  evidence: Evidence[];
}

/** A package that names no catalogue tool: reported, never guessed. */
export interface UnknownPackage {
  ecosystem: MatcherKind;
  name: string;
  version?: string;
  file: string;
  line: number;
}

/** A file that could not be read or parsed, and why. Never fatal. */
export interface Problem {
  file: string;
  message: string;
}

/** A folder with a manifest of its own (a package of a monorepo), and the tools found in it. */
export interface Workspace {
  /** "." for the root. */
  path: string;
  name?: string;
  manifests: string[];
  tools: string[];
}

export interface DetectResult {
  tools: Finding[];
  hints: Hint[];
  unknown: UnknownPackage[];
  problems: Problem[];
  workspaces: Workspace[];
  stats: { files: number; read: number; skipped: number };
}

/** A file of the tree as a provider lists it. */
export interface FileEntry {
  path: string;
  size: number;
}

/**
 * Where the files come from: a folder on disk (the CLI), the files of a request (the API), or dropped files
 * (the web). The engine does no I/O of its own.
 */
export interface FileProvider {
  list(): AsyncIterable<FileEntry> | Iterable<FileEntry>;
  read(path: string): Promise<string | Uint8Array>;
}

export interface DetectOptions {
  /** Files larger than this are reported and skipped (default 5 MB). */
  maxFileBytes?: number;
  /** Told as files are read, for a progress line. */
  onProgress?: (progress: { read: number; total: number; path: string }) => void;
}
