import { baseName } from '../paths.js';
import { Lines } from '../text/lines.js';
import type { Parser, Signal } from '../types.js';
import { children, readXml } from './xml-tree.js';

const attribute = (element: { attributes: Record<string, string> }, name: string) => element.attributes[name]?.trim() || undefined;

/** packages.config (NuGet before PackageReference): `<package id version>`; a `developmentDependency` is dev. */
export const packagesConfigParser: Parser = {
  id: 'packages.config',
  matches: (path) => baseName(path).toLowerCase() === 'packages.config',
  parse(file) {
    const lines = new Lines(file.content);
    const xml = readXml(file.content);
    const signals: Signal[] = [];
    for (const item of children(xml.root, 'package')) {
      const name = attribute(item, 'id');
      if (!name) continue;
      const line = item.attributeLines.id ?? item.line;
      signals.push({ kind: 'nuget', name, version: attribute(item, 'version'), line, snippet: lines.snippet(line), scope: item.attributes.developmentDependency?.trim().toLowerCase() === 'true' ? 'dev' : 'runtime' });
    }
    return { signals, problems: xml.problems };
  },
};
