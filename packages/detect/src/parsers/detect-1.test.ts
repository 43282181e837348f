import { describe, expect, it } from 'vitest';
import { detect, memoryFiles } from '../engine.js';
import type { Rule } from '../rules/rule.js';
import { parsers } from './index.js';
import { fixture } from './testing-1.js';

const rules: Rule[] = [
  { slug: 'react', npm: ['react'] },
  { slug: 'vuejs', npm: ['vue'] },
  { slug: 'jest', npm: ['jest'] },
  { slug: 'rails', rubygems: ['rails'] },
  { slug: 'puma', rubygems: ['puma'] },
  { slug: 'sidekiq', rubygems: ['sidekiq'] },
  { slug: 'redis', rubygems: ['redis'], pypi: ['redis'] },
  { slug: 'rspec', rubygems: ['rspec-rails'] },
  { slug: 'ruby', runtime: ['ruby'] },
  { slug: 'django', pypi: ['django'] },
  { slug: 'celery', pypi: ['celery'] },
  { slug: 'ruff', pypi: ['ruff'] },
  { slug: 'python', runtime: ['python'] },
  { slug: 'laravel', composer: ['laravel/framework'] },
  { slug: 'postgresql', composer: ['ext-pgsql'] },
  { slug: 'php', runtime: ['php'] },
  { slug: 'phoenix', hex: ['phoenix'] },
  { slug: 'elixir', runtime: ['elixir'] },
];
const run = (files: Array<{ path: string; content: string }>) => detect(memoryFiles(files), {}, { rules, parsers });
const lines = (result: Awaited<ReturnType<typeof run>>) =>
  Object.fromEntries(result.tools.map((tool) => [tool.slug, [tool.scope, ...tool.evidence.map((evidence) => `${evidence.file}:${evidence.line}`)]]));

describe('group 1 parsers in the engine', () => {
  it('a Rails app: both quote styles, gems without versions, groups, the lockfile beside the Gemfile', async () => {
    const result = await run([
      { path: 'Gemfile', content: fixture('gemfile/app/Gemfile') },
      { path: 'Gemfile.lock', content: fixture('gemfile/app/Gemfile.lock') },
    ]);
    expect(lines(result)).toEqual({
      rails: ['runtime', 'Gemfile:6', 'Gemfile.lock:45'],
      puma: ['runtime', 'Gemfile:7', 'Gemfile.lock:44'],
      sidekiq: ['runtime', 'Gemfile:8', 'Gemfile.lock:47'],
      rspec: ['dev', 'Gemfile:22', 'Gemfile.lock:46'],
      ruby: ['runtime', 'Gemfile:4', 'Gemfile.lock:50'],
    });
    expect(result.hints.map((hint) => [hint.slug, hint.reason])).toEqual([['redis', 'commented out']]);
    expect(result.unknown.map((item) => item.name)).not.toContain('actionpack');
    expect(result.workspaces.map((workspace) => [workspace.path, workspace.manifests])).toEqual([['.', ['Gemfile']]]);
  });

  it('a yarn workspace: the lockfile adds resolved versions of what package.json lists, never the tree', async () => {
    const result = await run([
      { path: 'package.json', content: fixture('yarn-lock/v1/package.json') },
      { path: 'yarn.lock', content: fixture('yarn-lock/v1/yarn.lock') },
    ]);
    expect(lines(result)).toEqual({ jest: ['dev', 'package.json:10', 'yarn.lock:21'], vuejs: ['runtime', 'package.json:6', 'package.json:7', 'yarn.lock:25', 'yarn.lock:36'] });
    expect(result.unknown.map((item) => item.name)).not.toContain('follow-redirects');
    expect(result.tools.find((tool) => tool.slug === 'vuejs')!.evidence.find((evidence) => evidence.file === 'yarn.lock' && evidence.line === 36)!.version).toBe('3.5.13');
  });

  it('Python, PHP and Elixir manifests, each a workspace with its name', async () => {
    const result = await run([
      { path: 'api/pyproject.toml', content: fixture('pyproject/pep621/pyproject.toml') },
      { path: 'shop/composer.json', content: fixture('composer/composer.json') },
      { path: 'realtime/mix.exs', content: fixture('mix/mix.exs') },
    ]);
    expect(lines(result)).toMatchObject({
      django: ['runtime', 'api/pyproject.toml:11'],
      celery: ['runtime', 'api/pyproject.toml:12'],
      ruff: ['dev', 'api/pyproject.toml:26', 'api/pyproject.toml:35'],
      laravel: ['runtime', 'shop/composer.json:9'],
      postgresql: ['runtime', 'shop/composer.json:7'],
      php: ['runtime', 'shop/composer.json:6'],
      phoenix: ['runtime', 'realtime/mix.exs:23'],
      elixir: ['runtime', 'realtime/mix.exs:8'],
    });
    expect(result.workspaces.map((workspace) => [workspace.path, workspace.name])).toEqual([
      ['.', undefined], ['api', 'acme-api'], ['realtime', 'acme'], ['shop', 'acme/shop'],
    ]);
  });

  it('broken manifests of every kind are problems, never a failure', async () => {
    const junk = '\u0001{[ "unterminated = = :\n  - ]] end do\n';
    const names = ['package-lock.json', 'pnpm-lock.yaml', 'yarn.lock', 'pyproject.toml', 'Pipfile', 'setup.cfg', 'Gemfile', 'Gemfile.lock', 'composer.json', 'mix.exs'];
    const result = await run([{ path: 'package.json', content: '{"dependencies":{"react":"19"}}' }, ...names.map((name) => ({ path: `broken/${name}`, content: junk }))]);
    expect(result.tools.map((tool) => tool.slug)).toEqual(['react']);
    expect(result.problems.every((problem) => problem.file.startsWith('broken/'))).toBe(true);
    expect(result.problems.map((problem) => problem.message).filter((message) => message.startsWith('could not be read as'))).toEqual([]);
  });

  it('reports a manifest with a line no person writes instead of parsing it (YAML and XML parsers are slow on such lines)', async () => {
    const hostile = '"'.repeat(300_000);
    const result = await detect(memoryFiles([{ path: 'compose.yaml', content: `services:\n  a: ${hostile}\n` }, { path: 'pom.xml', content: `<project>${'<a>'.repeat(100_000)}` }]));
    expect(result.problems).toEqual([
      { file: 'compose.yaml', message: 'not read: line 2 is longer than 20,000 characters' },
      { file: 'pom.xml', message: 'not read: line 1 is longer than 20,000 characters' },
    ]);
  });

  it('never throws on adversarial text: long lines of spaces, brackets, quotes and keywords', () => {
    const bodies = [
      `a${' '.repeat(30_000)}`,
      '{:'.repeat(15_000),
      'do '.repeat(10_000),
      '"'.repeat(30_000),
      `[${'a.'.repeat(15_000)}`,
      `gem "x", ${'"1", '.repeat(5_000)}`,
      `dependencies = [${'"a", '.repeat(5_000)}]`,
    ];
    for (const parser of parsers) {
      for (const body of bodies) {
        for (const path of ['x', 'x.gemspec']) expect(() => parser.parse({ path, content: `${body}\n${body}\n` }, { readText: () => undefined })).not.toThrow();
      }
    }
  }, 60_000);

  it('reads Windows line endings the same, lines and snippets included', () => {
    const cases: Array<[string, string, Record<string, string>?]> = [
      ['pyproject.toml', 'pyproject/pep621/pyproject.toml'],
      ['Pipfile', 'pipfile/Pipfile'],
      ['setup.cfg', 'setup-cfg/setup.cfg'],
      ['Gemfile', 'gemfile/app/Gemfile'],
      ['Gemfile.lock', 'gemfile/app/Gemfile.lock', { Gemfile: 'gemfile/app/Gemfile' }],
      ['composer.json', 'composer/composer.json'],
      ['mix.exs', 'mix/mix.exs'],
      ['package-lock.json', 'package-lock/v3/package-lock.json'],
      ['pnpm-lock.yaml', 'pnpm-lock/v9/pnpm-lock.yaml'],
      ['yarn.lock', 'yarn-lock/v1/yarn.lock', { 'package.json': 'yarn-lock/v1/package.json' }],
    ];
    for (const [path, name, others = {}] of cases) {
      const parser = parsers.find((candidate) => candidate.matches(path))!;
      const read = (crlf: boolean) => {
        const convert = (text: string) => (crlf ? text.replace(/\n/g, '\r\n') : text);
        const files = Object.fromEntries(Object.entries(others).map(([other, source]) => [other, convert(fixture(source))]));
        return parser.parse({ path, content: convert(fixture(name)) }, { readText: (other) => files[other] }).signals;
      };
      expect(read(true), path).toEqual(read(false));
      expect(read(true).length, path).toBeGreaterThan(0);
    }
  });

  it('package-lock v2 reads its packages, never its legacy dependency tree', () => {
    const content = JSON.stringify({
      name: 'app', lockfileVersion: 2,
      packages: { '': { dependencies: { express: '^4.21.0' } }, 'node_modules/express': { version: '4.21.1' }, 'node_modules/accepts': { version: '1.3.8' } },
      dependencies: { express: { version: '4.21.1', requires: { accepts: '~1.3.8' } }, accepts: { version: '1.3.8' } },
    }, null, 2);
    const signals = parsers.find((candidate) => candidate.id === 'package-lock.json')!.parse({ path: 'package-lock.json', content }, { readText: () => undefined }).signals;
    expect(signals.map((signal) => [signal.name, signal.version, signal.line, signal.snippet])).toEqual([['express', '4.21.1', 7, '"express": "^4.21.0"']]);
  });
});
