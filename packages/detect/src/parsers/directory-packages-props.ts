import { baseName } from '../paths.js';
import { Lines } from '../text/lines.js';
import type { Parser } from '../types.js';
import { packageItems } from './csproj.js';
import { localName, readXml } from './xml-tree.js';

/**
 * `Directory.Packages.props` (central package versions: each `<PackageVersion>` is a package the solution
 * uses) and `Directory.Build.props`/`.targets` (references every project of the folder gets).
 */
export const msbuildPropsParser: Parser = {
  id: 'MSBuild props',
  matches: (path) => /^Directory\.(?:Packages\.props|Build\.props|Build\.targets)$/i.test(baseName(path)),
  parse(file) {
    const lines = new Lines(file.content);
    const xml = readXml(file.content);
    const project = xml.root;
    if (!project || localName(project.name) !== 'Project') return { signals: [], problems: xml.problems.length ? xml.problems : ['not an MSBuild file: no <Project> root'] };
    return { signals: packageItems(project, lines, false).sort((a, b) => a.line - b.line), problems: xml.problems };
  },
};
