import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goModParser } from './go-mod.js';

const context = { readText: () => undefined };
const fixture = (name: string, path = 'go.mod') => ({ path, content: readFileSync(new URL(`./fixtures/go-mod/${name}`, import.meta.url), 'utf8') });
const parse = (name: string) => goModParser.parse(fixture(name), context);

describe('go.mod', () => {
  it('reads go.mod files only, as a workspace manifest', () => {
    expect(goModParser.matches('go.mod')).toBe(true);
    expect(goModParser.matches('services/api/go.mod')).toBe(true);
    expect(goModParser.matches('go.sum')).toBe(false);
    expect(goModParser.workspaceManifest).toBe(true);
  });

  it('names the module, the Go version and toolchain, and every direct requirement with its line', () => {
    const output = parse('go.mod');
    expect(output.packageName).toBe('github.com/acme/orders');
    expect(output.problems).toEqual([]);
    expect(output.signals.map((signal) => [signal.kind, signal.name, signal.version, signal.line, signal.scope, signal.hint])).toEqual([
      ['runtime', 'go', '1.22', 3, 'runtime', undefined],
      ['runtime', 'go', '1.22.3', 5, 'runtime', undefined],
      ['gomod', 'github.com/gin-gonic/gin', 'v1.10.0', 7, 'runtime', undefined],
      ['gomod', 'github.com/redis/go-redis/v9', 'v9.5.1', 10, 'runtime', undefined],
      ['gomod', 'github.com/jackc/pgx/v5', 'v5.6.0', 11, 'runtime', undefined],
      ['gomod', 'go.opentelemetry.io/otel', 'v1.27.0', 12, 'runtime', undefined],
      ['gomod', 'google.golang.org/grpc', 'v1.64.0', 13, 'runtime', undefined],
      ['gomod', 'github.com/sirupsen/logrus', 'v1.9.3', 14, 'runtime', 'commented out'],
    ]);
    expect(output.signals[4]!.snippet).toBe('"github.com/jackc/pgx/v5" v5.6.0');
  });

  it('never signals indirect requirements, replacements or exclusions', () => {
    const names = parse('go.mod').signals.map((signal) => signal.name);
    expect(names).not.toContain('github.com/bytedance/sonic');
    expect(names).not.toContain('golang.org/x/net');
    expect(names).not.toContain('github.com/acme/gin');
    expect(names).not.toContain('golang.org/x/crypto');
  });

  it('reads what it can of a block never closed, and says so', () => {
    const output = parse('broken.mod');
    expect(output.signals.map((signal) => [signal.name, signal.line])).toEqual([['go', 3], ['github.com/spf13/cobra', 6]]);
    expect(output.problems).toEqual(['not valid go.mod: the require block opened at line 5 is never closed']);
  });

  it('does not throw on binary junk', () => {
    const junk = String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256));
    expect(() => goModParser.parse({ path: 'go.mod', content: junk }, context)).not.toThrow();
  });
});
