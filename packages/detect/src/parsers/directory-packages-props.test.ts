import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { msbuildPropsParser } from './directory-packages-props.js';

const context = { readText: () => undefined };
const read = (name: string) => readFileSync(new URL(`./fixtures/directory-packages-props/${name}`, import.meta.url), 'utf8');
const rows = (name: string) =>
  msbuildPropsParser.parse({ path: name, content: read(name) }, context).signals.map((signal) => [signal.name, signal.version, signal.line, signal.snippet, signal.scope]);

describe('Directory.Packages.props and Directory.Build.props', () => {
  it('reads the solution-wide MSBuild files, not as workspaces', () => {
    for (const path of ['Directory.Packages.props', 'src/Directory.Build.props', 'Directory.Build.targets']) expect(msbuildPropsParser.matches(path)).toBe(true);
    expect(msbuildPropsParser.matches('App.props')).toBe(false);
    expect(msbuildPropsParser.workspaceManifest).toBeFalsy();
  });

  it('signals each central package version, with properties resolved, and global references as dev', () => {
    expect(rows('Directory.Packages.props')).toEqual([
      ['MediatR', '12.3.0', 7, '<PackageVersion Include="MediatR" Version="12.3.0" />', 'runtime'],
      ['Microsoft.AspNetCore.OpenApi', '8.0.6', 8, '<PackageVersion Include="Microsoft.AspNetCore.OpenApi" Version="$(AspNetVersion)" />', 'runtime'],
      ['OpenTelemetry.Extensions.Hosting', '1.9.0', 9, '<PackageVersion Include="OpenTelemetry.Extensions.Hosting" Version="1.9.0" />', 'runtime'],
      ['StyleCop.Analyzers', '1.1.118', 12, '<GlobalPackageReference Include="StyleCop.Analyzers" Version="1.1.118" />', 'dev'],
    ]);
  });

  it('signals the references every project of the folder gets', () => {
    expect(rows('Directory.Build.props')).toEqual([
      ['Microsoft.SourceLink.GitHub', '8.0.0', 6, '<PackageReference Include="Microsoft.SourceLink.GitHub" Version="8.0.0" PrivateAssets="All" />', 'dev'],
    ]);
  });

  it('reports broken XML without throwing', () => {
    const output = msbuildPropsParser.parse({ path: 'Directory.Packages.props', content: '<Project><ItemGroup><PackageVersion Include="Polly" Version="8.4.0" />' }, context);
    expect(output.signals.map((signal) => signal.name)).toEqual(['Polly']);
    expect(output.problems![0]).toMatch(/^not valid XML: /);
  });
});
