import { baseName, folderOf } from '../paths.js';
import { Lines } from '../text/lines.js';
import type { ParseContext, Parser, Scope, Signal } from '../types.js';
import { pluginMarker, readCatalog, type VersionCatalog } from './libs-versions-toml.js';

/** A statement of a build script: its text (comments blanked), where it starts, and the blocks it is in. */
interface Statement {
  text: string;
  start: number;
  blocks: readonly string[];
}

/** A `//` comment and where its text starts. */
interface Comment {
  text: string;
  start: number;
}

/**
 * The script with comments blanked (same length, newlines kept) and its line comments. One pass, aware of
 * strings ('...', "...", triple-quoted), so `"http://..."` is no comment.
 */
function blankComments(text: string): { code: string; comments: Comment[] } {
  const pieces: string[] = [];
  const comments: Comment[] = [];
  let last = 0;
  let i = 0;
  const blank = (from: number, to: number) => {
    pieces.push(text.slice(last, from), text.slice(from, to).replace(/[^\n]/g, ' '));
    last = to;
  };
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"' || char === "'") {
      i = stringEnd(text, i);
    } else if (char === '/' && text[i + 1] === '/') {
      let end = text.indexOf('\n', i);
      if (end < 0) end = text.length;
      comments.push({ text: text.slice(i + 2, end), start: i + 2 });
      blank(i, end);
      i = end;
    } else if (char === '/' && text[i + 1] === '*') {
      let end = text.indexOf('*/', i + 2);
      end = end < 0 ? text.length : end + 2;
      blank(i, end);
      i = end;
    } else {
      i++;
    }
  }
  pieces.push(text.slice(last));
  return { code: pieces.join(''), comments };
}

/** The index just past the string that starts at `start`. A string left open ends at its line's end. */
function stringEnd(text: string, start: number): number {
  const quote = text[start]!;
  const triple = text.startsWith(quote.repeat(3), start);
  if (triple) {
    const end = text.indexOf(quote.repeat(3), start + 3);
    return end < 0 ? text.length : end + 3;
  }
  for (let i = start + 1; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === quote) return i + 1;
    else if (char === '\n') return i;
  }
  return text.length;
}

/**
 * The statements of a script: split at line ends (outside parentheses, and not after a trailing comma), at
 * `;`, and at braces, which open and close named blocks (`dependencies {`, `plugins {`).
 */
/** Nesting kept by name at most this deep: deeper blocks still open and close, unnamed (a bound on hostile input). */
const MAX_NAMED_DEPTH = 32;

/** The last character before `end` that is not white space, scanning back no further than `from`. */
function lastNonSpace(code: string, from: number, end: number): string | undefined {
  for (let i = end - 1; i >= from; i--) if (!/\s/.test(code[i]!)) return code[i];
  return undefined;
}

function statements(code: string): Statement[] {
  const found: Statement[] = [];
  let blocks: readonly string[] = [];
  let unnamed = 0;
  let start = 0;
  let parens = 0;
  const emit = (end: number) => {
    const text = code.slice(start, end);
    if (text.trim()) found.push({ text, start, blocks });
    start = end + 1;
    return text;
  };
  for (let i = 0; i < code.length; i++) {
    const char = code[i]!;
    if (char === '"' || char === "'") {
      i = stringEnd(code, i) - 1;
    } else if (char === '(') {
      parens++;
    } else if (char === ')') {
      parens = Math.max(0, parens - 1);
    } else if (char === '{') {
      const text = emit(i);
      if (blocks.length < MAX_NAMED_DEPTH && unnamed === 0) blocks = [...blocks, /([A-Za-z_]\w*)\s*$/.exec(text.slice(-200))?.[1] ?? ''];
      else unnamed++;
      parens = 0;
    } else if (char === '}') {
      emit(i);
      if (unnamed > 0) unnamed--;
      else blocks = blocks.slice(0, -1);
      parens = 0;
    } else if (char === ';' || (char === '\n' && parens === 0 && lastNonSpace(code, start, i) !== ',')) {
      emit(i);
    }
  }
  emit(code.length);
  return found;
}

/** Configurations that put a dependency on a classpath. */
const CONFIGURATION = /^(?:implementation|api|compile|runtime|runtimeOnly|compileOnly|compileOnlyApi|annotationProcessor|kapt|ksp|developmentOnly|classpath|detektPlugins|lintChecks|[a-z]\w*(?:Implementation|Api|CompileOnly|RuntimeOnly|AnnotationProcessor|Compile|Runtime))$/;

function scopeOf(configuration: string, blocks: readonly string[]): Scope {
  if (/^test|Test/.test(configuration)) return 'test';
  if (blocks.includes('buildscript') || /^(?:compileOnly|compileOnlyApi|annotationProcessor|kapt|ksp|developmentOnly|classpath|detektPlugins|lintChecks|debug\w*)$/.test(configuration)) return 'dev';
  return 'runtime';
}

/** A `"group:artifact:version"` string (classifier and `@ext` dropped); the version may be `$var`. */
const COORDINATES = /(['"])([\w.-]+):([\w.-]+)(?::([^'":@\s]*))?(?::[^'"@\s]*)?(?:@\w+)?\1/g;
const MAP_GROUP = /\bgroup\s*[:=]\s*['"]([\w.-]+)['"]/;
const MAP_NAME = /\bname\s*[:=]\s*['"]([\w.-]+)['"]/;
const MAP_VERSION = /\bversion\s*[:=]\s*['"]([^'"]+)['"]/;
const KOTLIN_MODULE = /\bkotlin\s*\(\s*['"]([\w.-]+)['"](?:\s*,\s*['"]([^'"]+)['"])?\s*\)/g;
const PLUGIN_ID = /\bid\s*\(?\s*['"]([\w.-]+)['"]\s*\)?(?:\s*version\s*\(?\s*['"]([^'"]+)['"])?/g;
const KOTLIN_PLUGIN = /\bkotlin\s*\(\s*['"]([\w.-]+)['"]\s*\)(?:\s*version\s*\(?\s*['"]([^'"]+)['"])?/g;
const APPLY_PLUGIN = /\bapply\s*\(?\s*plugin\s*[:=]\s*['"]([\w.-]+)['"]/g;

interface Found {
  name: string;
  version?: string;
  /** Where the name is, in the statement. */
  index: number;
}

/** The catalog a build file can use as `libs`: `gradle/libs.versions.toml` of its folder or the nearest folder above. */
function catalogsFor(file: string, context: ParseContext): Map<string, VersionCatalog> {
  const catalogs = new Map<string, VersionCatalog>();
  let folder = folderOf(file);
  for (let depth = 0; depth < 20; depth++) {
    const text = context.readText(folder === '.' ? 'gradle/libs.versions.toml' : `${folder}/gradle/libs.versions.toml`);
    if (text !== undefined) {
      catalogs.set('libs', readCatalog(text));
      break;
    }
    if (folder === '.') break;
    folder = folderOf(folder);
  }
  return catalogs;
}

/** Catalog references in a statement: `libs.spring.boot`, `libs.bundles.ktor`, `libs.plugins.kotlin.jvm`. */
function catalogReferences(text: string, catalogs: Map<string, VersionCatalog>, plugins: boolean): Found[] {
  const found: Found[] = [];
  for (const [name, catalog] of catalogs) {
    for (const match of text.matchAll(new RegExp(`\\b${name}\\.([A-Za-z][\\w.]*)`, 'g'))) {
      const accessor = match[1]!.replace(/\.(?:get|asProvider|pluginId)\b.*$/, '').replace(/\.$/, '').toLowerCase();
      if (plugins || accessor.startsWith('plugins.')) {
        const plugin = catalog.plugins.get(accessor.replace(/^plugins\./, ''));
        if (plugin) found.push({ name: pluginMarker(plugin.id), version: plugin.version, index: match.index });
      } else if (accessor.startsWith('bundles.')) {
        for (const member of catalog.bundles.get(accessor.slice('bundles.'.length)) ?? []) {
          const library = catalog.libraries.get(member);
          if (library) found.push({ name: library.module, version: library.version, index: match.index });
        }
      } else if (!accessor.startsWith('versions.')) {
        const library = catalog.libraries.get(accessor);
        if (library) found.push({ name: library.module, version: library.version, index: match.index });
      }
    }
  }
  return found;
}

/** What a dependency declaration's arguments name. */
function dependencies(text: string, catalogs: Map<string, VersionCatalog>): Found[] {
  if (/^\s*\(?\s*(?:project|files|fileTree|gradleApi|localGroovy|gradleTestKit)\s*\(/.test(text)) return [];
  const found: Found[] = [];
  for (const match of text.matchAll(COORDINATES)) found.push({ name: `${match[2]}:${match[3]}`, version: match[4] || undefined, index: match.index + 1 });
  const group = MAP_GROUP.exec(text);
  const name = MAP_NAME.exec(text);
  if (found.length === 0 && group && name) found.push({ name: `${group[1]}:${name[1]}`, version: MAP_VERSION.exec(text)?.[1], index: name.index });
  for (const match of text.matchAll(KOTLIN_MODULE)) found.push({ name: `org.jetbrains.kotlin:kotlin-${match[1]}`, version: match[2], index: match.index });
  found.push(...catalogReferences(text, catalogs, false));
  return found;
}

/** What a `plugins {}` statement applies: `id("x") version "1"`, `kotlin("jvm")`, `alias(libs.plugins.x)`. */
function plugins(text: string, catalogs: Map<string, VersionCatalog>): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(PLUGIN_ID)) found.push({ name: match[1]!, version: match[2], index: match.index });
  for (const match of text.matchAll(KOTLIN_PLUGIN)) found.push({ name: `org.jetbrains.kotlin.${match[1]}`, version: match[2], index: match.index });
  return [
    // Core plugins (java, application, `java-library`) have no dotted id and no marker artifact.
    ...found.filter((plugin) => plugin.name.includes('.')).map((plugin) => ({ ...plugin, name: pluginMarker(plugin.name) })),
    ...catalogReferences(text, catalogs, true),
  ];
}

/**
 * build.gradle and build.gradle.kts (Groovy and Kotlin DSL): each dependency of a `dependencies {}` block
 * as `group:artifact` — `implementation("g:a:v")`, `implementation 'g:a:v'`, `group: 'g', name: 'a'`,
 * `platform(...)`, `kotlin("stdlib")` and catalog references (`libs.spring.boot`, bundles) resolved through
 * `gradle/libs.versions.toml`. `test*` configurations are test; `compileOnly`, `annotationProcessor`,
 * `kapt`/`ksp`, `developmentOnly` and buildscript classpaths dev. Plugins (`id("x") version "1"`,
 * `kotlin("jvm")`, `alias(libs.plugins.x)`, `apply plugin: 'x'`) are their marker `<id>:<id>.gradle.plugin`,
 * dev. A dependency commented out is a hint; `project(":core")` names the tree's own module.
 */
export const gradleParser: Parser = {
  id: 'build.gradle',
  workspaceManifest: true,
  matches: (path) => /^build\.gradle(?:\.kts)?$/.test(baseName(path)),
  parse(file, context) {
    const lines = new Lines(file.content);
    const { code, comments } = blankComments(file.content);
    const catalogs = catalogsFor(file.path, context);
    const signals: Signal[] = [];
    // `def grpcVersion = '1.64.0'`, `val ktor = "2.3.11"`, `ext.kotlin_version = '2.0.0'`: versions named once.
    const variables = new Map<string, string>();
    for (const match of code.matchAll(/\b(?:def|val|var|ext\.|extra\[)\s*['"]?(\w+)['"]?\]?\s*(?::\s*String\s*)?=\s*['"]([^'"$\n]+)['"]/g)) variables.set(match[1]!, match[2]!);
    const resolve = (version: string | undefined) => version?.replace(/\$\{?(\w+)\}?/g, (whole, name: string) => variables.get(name) ?? whole);
    const push = (found: Found[], start: number, scope: Scope, hint?: string) => {
      for (const item of found) {
        const line = lines.lineOf(start + item.index);
        signals.push({ kind: 'maven', name: item.name, version: resolve(item.version), line, snippet: lines.snippet(line), scope, hint });
      }
    };
    for (const statement of statements(code)) {
      const block = statement.blocks.at(-1);
      const leading = statement.text.length - statement.text.trimStart().length;
      const text = statement.text.trimStart();
      const start = statement.start + leading;
      for (const match of text.matchAll(APPLY_PLUGIN)) {
        if (match[1]!.includes('.')) push([{ name: pluginMarker(match[1]!), index: match.index }], start, 'dev');
      }
      if (block === 'plugins') {
        push(plugins(text, catalogs), start, 'dev');
      } else if (block === 'dependencies') {
        const configuration = /^([A-Za-z_]\w*)\s*(?=[('"\s]|$)/.exec(text)?.[1];
        if (!configuration || !CONFIGURATION.test(configuration)) continue;
        const args = text.slice(configuration.length);
        push(dependencies(args, catalogs), start + configuration.length, scopeOf(configuration, statement.blocks));
      }
    }
    for (const comment of comments) {
      const text = comment.text.trimStart();
      const configuration = /^([A-Za-z_]\w*)\s*[(\s]/.exec(text)?.[1];
      if (!configuration || !CONFIGURATION.test(configuration)) continue;
      const offset = comment.start + comment.text.length - text.length + configuration.length;
      push(dependencies(text.slice(configuration.length), new Map()), offset, scopeOf(configuration, []), 'commented out');
    }
    signals.sort((a, b) => a.line - b.line);
    return { signals };
  },
};
