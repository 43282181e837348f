import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toolVersionsParser } from './tool-versions.js';

const context = { readText: () => undefined };
const content = readFileSync(new URL('./fixtures/tool-versions/.tool-versions', import.meta.url), 'utf8');

describe('.tool-versions', () => {
  it('reads .tool-versions in any folder', () => {
    expect(toolVersionsParser.matches('.tool-versions')).toBe(true);
    expect(toolVersionsParser.matches('infra/.tool-versions')).toBe(true);
    expect(toolVersionsParser.matches('tool-versions')).toBe(false);
  });

  it('names each runtime as written with its first version; a line commented out is a hint, prose is nothing', () => {
    const { signals } = toolVersionsParser.parse({ path: '.tool-versions', content }, context);
    expect(signals.map((signal) => [signal.kind, signal.name, signal.version, signal.line, signal.scope, signal.hint])).toEqual([
      ['runtime', 'nodejs', '20.11.1', 2, 'runtime', undefined],
      ['runtime', 'python', '3.12.4', 3, 'runtime', undefined],
      ['runtime', 'terraform', '1.8.5', 4, 'runtime', undefined],
      ['runtime', 'ruby', '3.3.1', 5, 'runtime', 'commented out'],
      ['runtime', 'golang', '1.22.3', 7, 'runtime', undefined],
    ]);
    expect(signals[2]!.snippet).toBe('terraform 1.8.5 # matches CI');
  });

  it('does not throw on binary junk', () => {
    const junk = String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256));
    expect(() => toolVersionsParser.parse({ path: '.tool-versions', content: junk }, context)).not.toThrow();
  });
});
