import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { msbuildProjectParser } from './csproj.js';

const context = { readText: () => undefined };
const read = (name: string) => readFileSync(new URL(`./fixtures/csproj/${name}`, import.meta.url), 'utf8');
const parse = (name: string) => msbuildProjectParser.parse({ path: `src/${name}`, content: read(name) }, context);
const rows = (name: string) => parse(name).signals.map((signal) => [signal.kind, signal.name, signal.version, signal.line, signal.scope]);

describe('MSBuild projects', () => {
  it('reads C#, F# and Visual Basic projects as workspace manifests', () => {
    for (const path of ['Api.csproj', 'src/App/App.fsproj', 'Legacy.vbproj']) expect(msbuildProjectParser.matches(path)).toBe(true);
    expect(msbuildProjectParser.matches('App.sln')).toBe(false);
    expect(msbuildProjectParser.matches('Directory.Packages.props')).toBe(false);
    expect(msbuildProjectParser.workspaceManifest).toBe(true);
  });

  it('reads the SDK, the target framework and every package reference form, on the line of its name', () => {
    const output = parse('Api.csproj');
    expect(output.problems).toEqual([]);
    expect(output.packageName).toBe('Acme.Orders.Api');
    expect(rows('Api.csproj')).toEqual([
      ['nuget', 'Microsoft.NET.Sdk.Web', undefined, 1, 'runtime'],
      ['runtime', 'dotnet', 'net8.0', 4, 'runtime'],
      ['nuget', 'Npgsql.EntityFrameworkCore.PostgreSQL', '8.0.4', 11, 'runtime'],
      ['nuget', 'Microsoft.EntityFrameworkCore.Design', '8.0.6', 12, 'dev'],
      ['nuget', 'Serilog.AspNetCore', '8.0.1', 17, 'runtime'],
      ['nuget', 'StackExchange.Redis', '2.7.33', 19, 'runtime'],
      ['nuget', 'MediatR', undefined, 22, 'runtime'],
      ['nuget', 'Swashbuckle.AspNetCore', '6.6.2', 23, 'runtime'],
    ]);
    expect(output.signals[4]!.snippet).toBe('Include="Serilog.AspNetCore"');
  });

  it('makes everything of a test project test, and reads the first of several frameworks', () => {
    expect(parse('Api.Tests.csproj').packageName).toBe('Api.Tests');
    expect(rows('Api.Tests.csproj')).toEqual([
      ['nuget', 'Microsoft.NET.Sdk', undefined, 1, 'runtime'],
      ['runtime', 'dotnet', 'net8.0', 3, 'runtime'],
      ['nuget', 'Microsoft.NET.Test.Sdk', '17.10.0', 7, 'test'],
      ['nuget', 'xunit', '2.8.1', 8, 'test'],
      ['nuget', 'Testcontainers.PostgreSql', '3.8.0', 9, 'test'],
    ]);
  });

  it('reads <Sdk> elements, SDK imports and lists of references', () => {
    expect(parse('AppHost.fsproj').packageName).toBe('Acme.AppHost');
    expect(rows('AppHost.fsproj')).toEqual([
      ['nuget', 'Aspire.AppHost.Sdk', '9.0.0', 2, 'runtime'],
      ['nuget', 'Microsoft.NET.Sdk', undefined, 3, 'runtime'],
      ['runtime', 'dotnet', 'net9.0', 6, 'runtime'],
      ['nuget', 'Aspire.Hosting.AppHost', '9.0.0', 10, 'runtime'],
      ['nuget', 'Aspire.Hosting.Redis', '9.0.0', 10, 'runtime'],
    ]);
  });

  it('keeps what precedes broken XML, and reports it', () => {
    const output = parse('Broken.csproj');
    expect(output.signals.map((signal) => [signal.name, signal.line])).toEqual([['Microsoft.NET.Sdk', 1], ['Dapper', 3]]);
    expect(output.problems).toHaveLength(1);
    expect(output.problems![0]).toMatch(/^not valid XML: /);
  });

  it('does not throw on binary junk', () => {
    const junk = String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256));
    expect(() => msbuildProjectParser.parse({ path: 'App.csproj', content: junk }, context)).not.toThrow();
  });
});
