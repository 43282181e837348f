import { describe, expect, it } from 'vitest';
import { detect, memoryFiles } from './engine.js';
import { parsers } from './parsers/index.js';
import type { Rule } from './rules/rule.js';

const rules: Rule[] = [
  { slug: 'react', npm: ['react', 'react-dom'] },
  { slug: 'nextjs', npm: ['next'], implies: ['react'] },
  { slug: 'django', pypi: ['django'] },
  { slug: 'celery', pypi: ['celery'] },
  { slug: 'python', extension: ['.py'] },
  { slug: 'docker', file: ['Dockerfile', '**/Dockerfile.*'], examples: { file: ['Dockerfile', 'ops/Dockerfile.prod'] } },
];
const run = (files: Array<{ path: string; content: string }>) => detect(memoryFiles(files), {}, { rules, parsers });

describe('detect', () => {
  it('names each tool with its evidence, and what it implies', async () => {
    const result = await run([
      { path: 'package.json', content: '{\n  "name": "web",\n  "dependencies": {\n    "next": "15.0.0"\n  }\n}\n' },
      { path: 'Dockerfile', content: 'FROM node:20\n' },
    ]);
    expect(result.tools.map((tool) => tool.slug)).toEqual(['docker', 'nextjs', 'react']);
    const next = result.tools.find((tool) => tool.slug === 'nextjs')!;
    expect(next.evidence).toEqual([{ file: 'package.json', line: 4, kind: 'npm', package: 'next', version: '15.0.0', snippet: '"next": "15.0.0"' }]);
    expect(result.tools.find((tool) => tool.slug === 'react')!.evidence[0]).toMatchObject({ kind: 'implied', file: 'package.json', line: 4 });
    expect(result.workspaces).toEqual([{ path: '.', name: 'web', manifests: ['package.json'], tools: ['docker', 'nextjs', 'react'] }]);
  });

  it('groups tools per workspace, and counts a package seen twice once, with both places', async () => {
    const result = await run([
      { path: 'package.json', content: '{"name":"root","devDependencies":{"react":"19"}}' },
      { path: 'apps/web/package.json', content: '{"name":"@acme/web","dependencies":{"react":"19"}}' },
    ]);
    expect(result.tools).toHaveLength(1);
    expect(result.tools[0]).toMatchObject({ slug: 'react', scope: 'runtime' });
    expect(result.tools[0]!.evidence.map((evidence) => evidence.file)).toEqual(['apps/web/package.json', 'package.json']);
    expect(result.workspaces.map((workspace) => [workspace.path, workspace.name, workspace.tools])).toEqual([
      ['.', 'root', ['react']],
      ['apps/web', '@acme/web', ['react']],
    ]);
  });

  it('keeps what only examples, vendored folders and commented-out lines show as hints', async () => {
    const result = await run([
      { path: 'requirements.txt', content: '# celery==5.4\ndjango[bcrypt]~=5.2\n' },
      { path: 'vendor/lib/requirements.txt', content: 'celery==5.0\n' },
      { path: 'examples/demo/package.json', content: '{"dependencies":{"react":"19"}}' },
    ]);
    expect(result.tools.map((tool) => [tool.slug, tool.scope])).toEqual([['django', 'runtime'], ['react', 'example']]);
    expect(result.hints.map((hint) => [hint.slug, hint.reason])).toEqual([['celery', 'commented out']]);
  });

  it('reports packages no rule names as unknown, never guessed', async () => {
    const result = await run([{ path: 'package.json', content: '{"dependencies":{"left-pad":"1.3.0","react":"19"}}' }]);
    expect(result.unknown).toEqual([{ ecosystem: 'npm', name: 'left-pad', version: '1.3.0', file: 'package.json', line: 1 }]);
  });

  it('counts languages by extension outside vendored, generated and build folders', async () => {
    const result = await run([
      { path: 'app/main.py', content: '' },
      { path: 'app/util.py', content: '' },
      { path: 'vendor/x/a.py', content: '' },
      { path: 'build/b.py', content: '' },
    ]);
    expect(result.tools).toEqual([expect.objectContaining({ slug: 'python', evidence: [expect.objectContaining({ file: 'app/main.py', line: 1, snippet: '2 .py files' })] })]);
  });

  it('turns broken, binary, oversized and unreadable files into problems, never a failure', async () => {
    const provider = memoryFiles([
      { path: 'package.json', content: '{"dependencies": {"react": "19",' },
      { path: 'web/package.json', content: 'PK\u0003\u0004\u0000\u0000binary' },
      { path: 'big/package.json', content: ' '.repeat(2000) },
    ]);
    const unreadable = { ...provider, list: () => [...provider.list() as Iterable<{ path: string; size: number }>, { path: 'gone/package.json', size: 10 }] };
    const result = await detect(unreadable, { maxFileBytes: 1000 }, { rules, parsers });
    expect(result.problems.map((problem) => problem.file)).toEqual(['big/package.json', 'gone/package.json', 'package.json', 'web/package.json']);
    expect(result.problems.find((problem) => problem.file === 'package.json')!.message).toMatch(/not valid JSON/);
    expect(result.tools.map((tool) => tool.slug)).toEqual(['react']);
  });
});
