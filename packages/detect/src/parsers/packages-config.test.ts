import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packagesConfigParser } from './packages-config.js';

const context = { readText: () => undefined };
const content = readFileSync(new URL('./fixtures/packages-config/packages.config', import.meta.url), 'utf8');

describe('packages.config', () => {
  it('reads packages.config', () => {
    expect(packagesConfigParser.matches('src/Web/packages.config')).toBe(true);
    expect(packagesConfigParser.matches('web.config')).toBe(false);
  });

  it('signals each package with its version; a development dependency is dev', () => {
    const output = packagesConfigParser.parse({ path: 'packages.config', content }, context);
    expect(output.problems).toEqual([]);
    expect(output.signals.map((signal) => [signal.kind, signal.name, signal.version, signal.line, signal.scope])).toEqual([
      ['nuget', 'Newtonsoft.Json', '13.0.3', 3, 'runtime'],
      ['nuget', 'log4net', '2.0.17', 4, 'runtime'],
      ['nuget', 'Microsoft.CodeDom.Providers.DotNetCompilerPlatform', '4.1.0', 5, 'dev'],
    ]);
  });

  it('reports broken XML without throwing', () => {
    const output = packagesConfigParser.parse({ path: 'packages.config', content: '<packages>\n  <package id="Dapper" version="2.1.35" />\n  <package id=' }, context);
    expect(output.signals.map((signal) => [signal.name, signal.line])).toEqual([['Dapper', 2]]);
    expect(output.problems![0]).toMatch(/^not valid XML: /);
  });
});
