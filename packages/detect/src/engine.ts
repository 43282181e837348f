import { catalogueTools } from '@stackyard/catalogue';
import { normalizeName } from './normalize.js';
import { countsForLanguages, folderOf, isExampleFile, isSkippedPath, folderHint, joinPath, scopeOfPath } from './paths.js';
import { parsers as allParsers } from './parsers/index.js';
import { RuleIndex } from './rule-index.js';
import { rules as allRules } from './rules/index.js';
import type { Rule } from './rules/rule.js';
import { snippet } from './text/lines.js';
import {
  PACKAGE_KINDS,
  type DetectOptions,
  type DetectResult,
  type Evidence,
  type FileProvider,
  type Finding,
  type Hint,
  type MatcherKind,
  type Parser,
  type Problem,
  type Scope,
  type Signal,
  type UnknownPackage,
  type Workspace,
} from './types.js';

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Evidence kept per tool: enough to show where, without listing every package.json of a large monorepo. */
const MAX_EVIDENCE = 20;

/** How sure one signal of a kind is, before its scope: a declared dependency is near certain, an env key is not. */
const KIND_CONFIDENCE: Record<MatcherKind, number> = {
  npm: 0.95, pypi: 0.95, rubygems: 0.95, maven: 0.95, nuget: 0.95, hex: 0.95, cargo: 0.95, gomod: 0.95, composer: 0.95,
  docker: 0.9, action: 0.9, terraformProvider: 0.95, terraformResource: 0.9, helm: 0.9, apt: 0.8, runtime: 0.9,
  command: 0.8, addon: 0.9, file: 0.8, extension: 0.75, env: 0.6,
};
const SCOPE_ORDER: readonly Scope[] = ['runtime', 'dev', 'test', 'ci', 'docs', 'example'];

export interface Engine {
  rules: readonly Rule[];
  parsers: readonly Parser[];
}

interface Located extends Signal {
  file: string;
  reason?: string;
}

const indexes = new WeakMap<readonly Rule[], RuleIndex>();
function indexOf(rules: readonly Rule[]): RuleIndex {
  let index = indexes.get(rules);
  if (!index) indexes.set(rules, (index = new RuleIndex(rules)));
  return index;
}

const names = new Map(catalogueTools.map((tool) => [tool.slug, tool.name]));

function decode(content: string | Uint8Array): string | undefined {
  if (typeof content === 'string') return content.includes('\u0000') ? undefined : content.replace(/^\uFEFF/, '');
  if (content.subarray(0, 8000).includes(0)) return undefined;
  return new TextDecoder('utf-8').decode(content).replace(/^\uFEFF/, '');
}

/** Why a signal cannot count as the stack on its own, if it cannot. */
function hintReason(signal: Signal, file: string): string | undefined {
  if (signal.hint) return signal.hint;
  const inFolder = folderHint(file);
  if (inFolder) return inFolder;
  if (isExampleFile(file)) return 'only in an example file';
  return undefined;
}

function scopeOf(signal: Signal, file: string): Scope {
  const byPath = scopeOfPath(file);
  if (byPath === 'example' || byPath === 'docs') return byPath;
  if (byPath && signal.scope === 'runtime') return byPath;
  return signal.scope;
}

/** One minus the chance that every signal is wrong, kept below certainty. */
function combine(confidences: number[]): number {
  const doubt = confidences.reduce((product, confidence) => product * (1 - confidence), 1);
  return Math.min(0.99, Math.round((1 - doubt) * 100) / 100);
}

/**
 * Reads the files a provider lists and says which catalogue tools they show, each with the file and line
 * that shows it. Nothing it meets is fatal: a file that cannot be read or parsed becomes a problem.
 */
export async function detect(provider: FileProvider, options: DetectOptions = {}, engine: Engine = { rules: allRules, parsers: allParsers }): Promise<DetectResult> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const index = indexOf(engine.rules);
  const problems: Problem[] = [];
  const paths: string[] = [];
  const sizes = new Map<string, number>();
  let skipped = 0;
  for await (const entry of provider.list()) {
    const path = entry.path.replace(/\\/g, '/').replace(/^\.\//, '');
    if (isSkippedPath(path)) {
      skipped++;
      continue;
    }
    paths.push(path);
    sizes.set(path, entry.size);
  }
  paths.sort();

  // Read every file some parser reads, once.
  const texts = new Map<string, string>();
  const wanted = paths.filter((path) => engine.parsers.some((parser) => parser.matches(path)));
  const unreadable = new Set<string>();
  const readText = async (path: string): Promise<string | undefined> => {
    if (texts.has(path) || unreadable.has(path)) return texts.get(path);
    unreadable.add(path);
    const size = sizes.get(path) ?? 0;
    if (size > maxBytes) {
      problems.push({ file: path, message: `skipped: ${(size / 1024 / 1024).toFixed(1)} MB is more than the ${Math.round(maxBytes / 1024 / 1024)} MB a manifest may be` });
      return undefined;
    }
    let content: string | Uint8Array;
    try {
      content = await provider.read(path);
    } catch (error) {
      problems.push({ file: path, message: `could not be read: ${error instanceof Error ? error.message : String(error)}` });
      return undefined;
    }
    const length = typeof content === 'string' ? content.length : content.byteLength;
    if (length > maxBytes) {
      problems.push({ file: path, message: `skipped: more than the ${Math.round(maxBytes / 1024 / 1024)} MB a manifest may be` });
      return undefined;
    }
    const text = decode(content);
    if (text === undefined) {
      problems.push({ file: path, message: 'skipped: a binary file, not text' });
      return undefined;
    }
    unreadable.delete(path);
    texts.set(path, text);
    return text;
  };
  for (const [position, path] of wanted.entries()) {
    await readText(path);
    options.onProgress?.({ read: position + 1, total: wanted.length, path });
  }

  // Parse them; `-r base.txt` and the like pull in more files for the same parser.
  const located: Located[] = [];
  const workspaceRoots = new Map<string, Workspace>([['.', { path: '.', manifests: [], tools: [] }]]);
  const done = new Set<string>();
  const queue: Array<{ path: string; parser: Parser }> = wanted.flatMap((path) =>
    engine.parsers.filter((parser) => parser.matches(path)).map((parser) => ({ path, parser })),
  );
  const context = { readText: (path: string) => texts.get(path) };
  while (queue.length > 0) {
    const { path, parser } = queue.shift()!;
    const key = `${parser.id}\u0000${path}`;
    if (done.has(key)) continue;
    done.add(key);
    const content = texts.has(path) ? texts.get(path) : sizes.has(path) ? await readText(path) : undefined;
    if (content === undefined) continue;
    try {
      const output = parser.parse({ path, content }, context);
      for (const message of output.problems ?? []) problems.push({ file: path, message });
      for (const signal of output.signals) located.push({ ...signal, file: path });
      for (const include of output.includes ?? []) {
        const target = joinPath(folderOf(path), include);
        if (sizes.has(target)) queue.push({ path: target, parser });
        else problems.push({ file: path, message: `includes ${include}, which is not in the tree` });
      }
      // Manifests of vendored code and test data are not the tree's own workspaces.
      if (parser.workspaceManifest && !folderHint(path)) {
        const folder = folderOf(path);
        const workspace = workspaceRoots.get(folder) ?? { path: folder, manifests: [], tools: [] };
        workspace.manifests.push(path);
        workspace.name ??= output.packageName;
        workspaceRoots.set(folder, workspace);
      }
    } catch (error) {
      problems.push({ file: path, message: `could not be read as ${parser.id}: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  // What the tree itself shows: paths, and languages by extension.
  if (index.has('file')) {
    for (const path of paths) {
      if (index.match('file', path).length > 0) located.push({ kind: 'file', name: path, line: 1, snippet: path, scope: 'runtime', file: path });
    }
  }
  const extensions = new Map<string, { count: number; first: string }>();
  let sourceFiles = 0;
  for (const path of paths) {
    if (!countsForLanguages(path)) continue;
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    if (dot <= 0) continue;
    const extension = name.slice(dot).toLowerCase();
    if (index.match('extension', extension).length === 0) continue;
    sourceFiles++;
    const seen = extensions.get(extension);
    if (seen) seen.count++;
    else extensions.set(extension, { count: 1, first: path });
  }
  for (const [extension, { count, first }] of extensions) {
    const lone = count === 1 && count / sourceFiles < 0.05;
    located.push({
      kind: 'extension', name: extension, line: 1, file: first, scope: 'runtime',
      snippet: `${count} ${extension} file${count === 1 ? '' : 's'}`,
      hint: lone ? 'only one file of the language' : undefined,
    });
  }

  // Match, and gather evidence per tool.
  const gathered = new Map<string, Array<{ evidence: Evidence; scope: Scope; reason?: string; confidence: number }>>();
  const unknown = new Map<string, UnknownPackage>();
  for (const signal of located) {
    const name = normalizeName(signal.kind, signal.name);
    if (!name) continue;
    const slugs = index.match(signal.kind, name).filter((slug) => names.has(slug));
    const reason = hintReason(signal, signal.file);
    if (slugs.length === 0) {
      const key = `${signal.kind}\u0000${name}`;
      if (PACKAGE_KINDS.has(signal.kind) && !reason && !unknown.has(key)) {
        unknown.set(key, { ecosystem: signal.kind, name: signal.name, version: signal.version, file: signal.file, line: signal.line });
      }
      continue;
    }
    const scope = scopeOf(signal, signal.file);
    const evidence: Evidence = {
      file: signal.file, line: signal.line, kind: signal.kind, package: signal.name,
      ...(signal.version ? { version: signal.version } : {}), snippet: snippet(signal.snippet),
    };
    const confidence = KIND_CONFIDENCE[signal.kind] * (scope === 'runtime' || scope === 'ci' ? 1 : 0.95);
    for (const slug of slugs) {
      const list = gathered.get(slug) ?? [];
      list.push({ evidence, scope, reason, confidence });
      gathered.set(slug, list);
    }
  }

  const tools = new Map<string, Finding>();
  const hints: Hint[] = [];
  for (const [slug, seen] of gathered) {
    const counted = seen.filter((item) => !item.reason);
    const ordered = (items: typeof seen) => dedupeEvidence(items.map((item) => item.evidence)).slice(0, MAX_EVIDENCE);
    if (counted.length === 0) {
      hints.push({ slug, name: names.get(slug)!, reason: seen[0]!.reason!, evidence: ordered(seen) });
      continue;
    }
    const scope = SCOPE_ORDER.find((candidate) => counted.some((item) => item.scope === candidate))!;
    tools.set(slug, { slug, name: names.get(slug)!, confidence: combine(counted.map((item) => item.confidence)), scope, evidence: ordered(counted) });
  }

  // What the found tools imply (Next.js implies React), until nothing new comes.
  let added = true;
  while (added) {
    added = false;
    for (const finding of [...tools.values()]) {
      for (const slug of index.implies.get(finding.slug) ?? []) {
        if (tools.has(slug) || !names.has(slug)) continue;
        const source = finding.evidence[0]!;
        tools.set(slug, {
          slug, name: names.get(slug)!, scope: finding.scope,
          confidence: Math.round(finding.confidence * 0.8 * 100) / 100,
          evidence: [{ file: source.file, line: source.line, kind: 'implied', package: finding.slug, snippet: `implied by ${finding.name}: ${source.snippet}` }],
        });
        added = true;
      }
    }
  }

  // Each tool in the workspace (folder with a manifest of its own) its evidence lies in.
  const roots = [...workspaceRoots.keys()].sort((a, b) => b.length - a.length);
  const workspaceOf = (file: string) => roots.find((root) => root === '.' || file.startsWith(`${root}/`)) ?? '.';
  for (const finding of tools.values()) {
    for (const root of new Set(finding.evidence.map((evidence) => workspaceOf(evidence.file)))) {
      const workspace = workspaceRoots.get(root)!;
      if (!workspace.tools.includes(finding.slug)) workspace.tools.push(finding.slug);
    }
  }
  const workspaces = [...workspaceRoots.values()]
    .map((workspace) => ({ ...workspace, tools: workspace.tools.sort() }))
    .sort((a, b) => (a.path === '.' ? -1 : b.path === '.' ? 1 : a.path.localeCompare(b.path)));

  return {
    tools: [...tools.values()].sort((a, b) => a.name.localeCompare(b.name)),
    hints: hints.sort((a, b) => a.name.localeCompare(b.name)),
    unknown: [...unknown.values()].sort((a, b) => a.ecosystem.localeCompare(b.ecosystem) || a.name.localeCompare(b.name)),
    problems: problems.sort((a, b) => a.file.localeCompare(b.file)),
    workspaces,
    stats: { files: paths.length, read: texts.size, skipped },
  };
}

function dedupeEvidence(list: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return list
    .filter((evidence) => {
      const key = `${evidence.file}:${evidence.line}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

const encoder = new TextEncoder();

/** Files held in memory (a request's, dropped ones, a test's) as a provider. */
export function memoryFiles(files: ReadonlyArray<{ path: string; content: string }>): FileProvider {
  const byPath = new Map(files.map((file) => [file.path.replace(/^\.?\/+/, ''), file.content]));
  return {
    list: () => [...byPath].map(([path, content]) => ({ path, size: encoder.encode(content).byteLength })),
    read: async (path) => {
      const content = byPath.get(path);
      if (content === undefined) throw new Error('no such file');
      return content;
    },
  };
}
