import { baseName, folderOf, joinPath } from '../paths.js';
import { Lines } from '../text/lines.js';
import type { ParseContext, Parser, Scope, Signal } from '../types.js';
import { child, childText, descendants, path, readXml, type XmlElement } from './xml-tree.js';

/** `${name}` references, resolved from a map of properties. */
const REFERENCE = /\$\{([^}]{1,200})\}/g;

function resolver(properties: Map<string, string>): (text: string | undefined) => string | undefined {
  return (text) => {
    if (text === undefined) return undefined;
    let value = text;
    // A property may name another; a cycle stops after a few rounds, left as written.
    for (let round = 0; round < 5 && value.includes('${'); round++) {
      value = value.replace(REFERENCE, (whole, name: string) => properties.get(name) ?? whole);
    }
    return value;
  };
}

/** The properties a pom declares, and its parent's when the parent's pom is in the tree (depth-limited). */
function propertiesOf(project: XmlElement | undefined, file: string, context: ParseContext, depth = 0): Map<string, string> {
  const properties = new Map<string, string>();
  if (!project) return properties;
  const parent = child(project, 'parent');
  const parentPom = depth < 5 ? ownParent(project, file, context) : undefined;
  if (parentPom) for (const [key, value] of propertiesOf(parentPom.project, parentPom.path, context, depth + 1)) properties.set(key, value);
  const version = childText(project, 'version') ?? childText(parent, 'version');
  const groupId = childText(project, 'groupId') ?? childText(parent, 'groupId');
  const artifactId = childText(project, 'artifactId');
  for (const [key, value] of [
    ['project.version', version], ['pom.version', version], ['version', version],
    ['project.groupId', groupId], ['pom.groupId', groupId], ['groupId', groupId],
    ['project.artifactId', artifactId], ['artifactId', artifactId],
    ['project.parent.version', childText(parent, 'version')], ['project.parent.groupId', childText(parent, 'groupId')],
  ] as const) {
    if (value) properties.set(key, value);
  }
  for (const property of child(project, 'properties')?.children ?? []) properties.set(property.name, property.text.trim());
  return properties;
}

/** The parent pom when it is this tree's own (at `relativePath`, `../pom.xml` by default) and names that parent. */
function ownParent(project: XmlElement, file: string, context: ParseContext): { project: XmlElement; path: string } | undefined {
  const parent = child(project, 'parent');
  if (!parent) return undefined;
  const relative = child(parent, 'relativePath') ? (childText(parent, 'relativePath') ?? '') : '../pom.xml';
  if (!relative) return undefined;
  const target = joinPath(folderOf(file), relative.endsWith('.xml') ? relative : `${relative.replace(/\/$/, '')}/pom.xml`);
  const text = context.readText(target);
  if (text === undefined) return undefined;
  const other = readXml(text).root;
  if (!other || childText(other, 'artifactId') !== childText(parent, 'artifactId')) return undefined;
  return { project: other, path: target };
}

/**
 * pom.xml (Maven): dependencies as `groupId:artifactId` with versions resolved from `<properties>` (the
 * parent pom's too, when it is in the tree); `<scope>test</scope>` is test, `provided` and the rest
 * runtime. The parent (spring-boot-starter-parent) unless it is the tree's own pom; build plugins (dev);
 * of `<dependencyManagement>` only imported BOMs; profiles alike. A dependency on a module of the same
 * project is a hint, and so is one commented out. `<modules>` signal nothing: each module's pom is read
 * on its own. The line of a dependency is the line of its artifactId.
 */
export const pomParser: Parser = {
  id: 'pom.xml',
  workspaceManifest: true,
  matches: (path) => baseName(path) === 'pom.xml',
  parse(file, context) {
    const lines = new Lines(file.content);
    const xml = readXml(file.content);
    const signals: Signal[] = [];
    const project = xml.root;
    if (!project || project.name !== 'project') return { signals, problems: xml.problems.length ? xml.problems : ['not a Maven project: no <project> root'] };
    const resolve = resolver(propertiesOf(project, file.path, context));
    const parent = child(project, 'parent');
    const parentIsOwn = ownParent(project, file.path, context) !== undefined;
    const ownGroup = resolve(childText(project, 'groupId') ?? (parentIsOwn ? childText(parent, 'groupId') : undefined));
    const ownVersion = resolve(childText(project, 'version') ?? childText(parent, 'version'));

    const signal = (element: XmlElement, scope: Scope, options: { defaultGroup?: string; hint?: string } = {}) => {
      const artifact = child(element, 'artifactId');
      const artifactId = resolve(artifact?.text.trim());
      const groupId = resolve(childText(element, 'groupId')) ?? options.defaultGroup;
      if (!artifact || !artifactId || !groupId) return;
      const written = childText(element, 'version');
      const version = resolve(written);
      // A sibling module: the same group, at the project's own version (or none, as a parent's BOM gives it).
      const sibling = ownGroup !== undefined && groupId === ownGroup && (written === undefined || /^\$\{(?:project\.|pom\.)?version\}$/.test(written) || version === ownVersion);
      const line = artifact.textLine;
      signals.push({
        kind: 'maven', name: `${groupId}:${artifactId}`, version, line, snippet: lines.snippet(line), scope,
        hint: options.hint ?? (sibling ? 'a module of the same project' : undefined),
      });
    };
    const scopeOf = (dependency: XmlElement): Scope => (childText(dependency, 'scope') === 'test' ? 'test' : 'runtime');

    if (parent && !parentIsOwn) signal(parent, 'runtime');
    for (const section of [project, ...path(project, ['profiles', 'profile'])]) {
      for (const dependency of path(section, ['dependencies', 'dependency'])) signal(dependency, scopeOf(dependency));
      for (const managed of path(section, ['dependencyManagement', 'dependencies', 'dependency'])) {
        if (childText(managed, 'type') === 'pom' && childText(managed, 'scope') === 'import') signal(managed, 'runtime');
      }
      for (const plugin of path(section, ['build', 'plugins', 'plugin'])) signal(plugin, 'dev', { defaultGroup: 'org.apache.maven.plugins' });
    }

    // `<!-- <dependency>...</dependency> -->`: what someone took out.
    for (const comment of xml.comments) {
      if (!comment.text.includes('<artifactId>')) continue;
      const fragment = readXml(`<commented>${comment.text}</commented>`, comment.line).root;
      for (const dependency of descendants(fragment, 'dependency')) signal(dependency, scopeOf(dependency), { hint: 'commented out' });
    }
    signals.sort((a, b) => a.line - b.line);
    const artifactId = childText(project, 'artifactId');
    const group = resolve(childText(project, 'groupId') ?? childText(parent, 'groupId'));
    return { signals, problems: xml.problems, packageName: artifactId ? (group ? `${group}:${artifactId}` : artifactId) : undefined };
  },
};
