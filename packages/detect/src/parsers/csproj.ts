import { baseName } from '../paths.js';
import { Lines } from '../text/lines.js';
import type { Parser, Scope, Signal } from '../types.js';
import { child, childText, children, localName, readXml, type XmlElement } from './xml-tree.js';

const PROJECT_FILE = /\.(?:cs|fs|vb)proj$/i;

/** `$(Name)` references, resolved from the properties of the same file. */
function resolver(project: XmlElement): (text: string | undefined) => string | undefined {
  const properties = new Map<string, string>();
  for (const group of children(project, 'PropertyGroup')) {
    for (const property of group.children) properties.set(localName(property.name).toLowerCase(), property.text.trim());
  }
  return (text) => text?.replace(/\$\(([\w.-]{1,100})\)/g, (whole, name: string) => properties.get(name.toLowerCase()) ?? whole);
}

const attribute = (element: XmlElement, name: string) => element.attributes[name]?.trim() || undefined;
const isTrue = (text: string | undefined) => text?.trim().toLowerCase() === 'true';

/**
 * The package items of an MSBuild file: `<PackageReference Include|Update>`, `<PackageVersion>` (central
 * versions) and `<GlobalPackageReference>` (dev: it reaches every project as a private asset), with the
 * version from the attribute, a `<Version>` child or `VersionOverride`. `PrivateAssets="all"` makes a
 * reference dev (analyzers, design-time tools); everything in a test project is test.
 */
export function packageItems(project: XmlElement, lines: Lines, test: boolean): Signal[] {
  const resolve = resolver(project);
  const signals: Signal[] = [];
  for (const group of children(project, 'ItemGroup')) {
    for (const item of group.children) {
      const kind = localName(item.name);
      if (kind !== 'PackageReference' && kind !== 'PackageVersion' && kind !== 'GlobalPackageReference') continue;
      const key = attribute(item, 'Include') ? 'Include' : attribute(item, 'Update') ? 'Update' : undefined;
      if (!key) continue;
      const version = resolve(attribute(item, 'Version') ?? childText(item, 'Version') ?? attribute(item, 'VersionOverride') ?? childText(item, 'VersionOverride'));
      const privateAssets = attribute(item, 'PrivateAssets') ?? childText(item, 'PrivateAssets');
      const scope: Scope = test ? 'test' : kind === 'GlobalPackageReference' || privateAssets?.toLowerCase() === 'all' ? 'dev' : 'runtime';
      const line = item.attributeLines[key] ?? item.line;
      for (const name of attribute(item, key)!.split(';').map((part) => resolve(part.trim())!).filter(Boolean)) {
        signals.push({ kind: 'nuget', name, version, line, snippet: lines.snippet(line), scope });
      }
    }
  }
  return signals;
}

/** `Microsoft.NET.Sdk.Web` or `Aspire.AppHost.Sdk/9.0.0`, `;`-separated. */
function sdkSignals(value: string | undefined, line: number, lines: Lines): Signal[] {
  return (value ?? '').split(';').flatMap((part) => {
    const [name, version] = part.trim().split('/');
    return name ? [{ kind: 'nuget' as const, name, version: version || undefined, line, snippet: lines.snippet(line), scope: 'runtime' as const }] : [];
  });
}

/**
 * `*.csproj`, `*.fsproj`, `*.vbproj`: its SDK (`Sdk="Microsoft.NET.Sdk.Web"`, `<Sdk Name>`, an import's
 * `Sdk`) as a NuGet package, its target frameworks as the runtime `dotnet`, and its package references. A
 * test project (`<IsTestProject>` or a reference to Microsoft.NET.Test.Sdk) is test throughout. The
 * project is named by `PackageId`, `AssemblyName` or its file name.
 */
export const msbuildProjectParser: Parser = {
  id: 'MSBuild project',
  workspaceManifest: true,
  matches: (path) => PROJECT_FILE.test(path),
  parse(file) {
    const lines = new Lines(file.content);
    const xml = readXml(file.content);
    const project = xml.root;
    const signals: Signal[] = [];
    if (!project || localName(project.name) !== 'Project') return { signals, problems: xml.problems.length ? xml.problems : ['not an MSBuild project: no <Project> root'] };
    signals.push(...sdkSignals(attribute(project, 'Sdk'), project.attributeLines.Sdk ?? project.line, lines));
    for (const sdk of children(project, 'Sdk')) {
      const name = attribute(sdk, 'Name');
      const line = sdk.attributeLines.Name ?? sdk.line;
      if (name) signals.push({ kind: 'nuget', name, version: attribute(sdk, 'Version'), line, snippet: lines.snippet(line), scope: 'runtime' });
    }
    for (const imported of children(project, 'Import')) signals.push(...sdkSignals(attribute(imported, 'Sdk'), imported.attributeLines.Sdk ?? imported.line, lines));

    const property = (name: string) => children(project, 'PropertyGroup').map((group) => child(group, name)).find((element) => element?.text.trim());
    const resolve = resolver(project);
    const frameworks = property('TargetFramework') ?? property('TargetFrameworks');
    if (frameworks) {
      const first = resolve(frameworks.text.trim())!.split(';').map((part) => part.trim()).find(Boolean);
      signals.push({ kind: 'runtime', name: 'dotnet', version: first, line: frameworks.textLine, snippet: lines.snippet(frameworks.textLine), scope: 'runtime' });
    }
    const items = packageItems(project, lines, false);
    const test = isTrue(property('IsTestProject')?.text) || items.some((item) => item.name.toLowerCase() === 'microsoft.net.test.sdk');
    signals.push(...(test ? items.map((item) => ({ ...item, scope: 'test' as const })) : items));
    signals.sort((a, b) => a.line - b.line);
    const name = property('PackageId')?.text.trim() ?? property('AssemblyName')?.text.trim() ?? baseName(file.path).replace(PROJECT_FILE, '');
    return { signals, problems: xml.problems, packageName: resolve(name) };
  },
};
