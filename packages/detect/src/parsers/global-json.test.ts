import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { globalJsonParser } from './global-json.js';

const context = { readText: () => undefined };
const read = (name: string) => readFileSync(new URL(`./fixtures/global-json/${name}`, import.meta.url), 'utf8');

describe('global.json', () => {
  it('reads global.json', () => {
    expect(globalJsonParser.matches('global.json')).toBe(true);
    expect(globalJsonParser.matches('src/global.json')).toBe(true);
    expect(globalJsonParser.matches('globals.json')).toBe(false);
  });

  it('names the .NET SDK as the runtime dotnet, and the MSBuild SDKs as NuGet packages', () => {
    const output = globalJsonParser.parse({ path: 'global.json', content: read('global.json') }, context);
    expect(output.problems).toEqual([]);
    expect(output.signals.map((signal) => [signal.kind, signal.name, signal.version, signal.line, signal.snippet, signal.scope])).toEqual([
      ['runtime', 'dotnet', '8.0.300', 4, '"version": "8.0.300",', 'runtime'],
      ['nuget', 'Microsoft.Build.Traversal', '4.1.0', 8, '"Microsoft.Build.Traversal": "4.1.0"', 'dev'],
    ]);
  });

  it('reads what it can of broken JSON, and reports it', () => {
    const output = globalJsonParser.parse({ path: 'global.json', content: read('broken.json') }, context);
    expect(output.signals.map((signal) => [signal.name, signal.version, signal.line])).toEqual([['dotnet', '8.0.300', 3]]);
    expect(output.problems![0]).toMatch(/^not valid JSON/);
  });
});
