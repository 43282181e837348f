import { DETECT_LIMITS, STACK_TOOL_EVIDENCE_MAX } from '@stackyard/domain';
import { describe, expect, it } from 'vitest';
import { describeSkipped, EVIDENCE_MAX, IMPORT_LIMITS, looksBinary, manifestRank, normalizePath, planImport, stripCommonRoot } from './import-files.js';

const file = (path: string, size = 100) => ({ path, size });
const paths = (files: { path: string }[]) => files.map((entry) => entry.path);

describe('the limits the import keeps to', () => {
  it('are those the API holds a detection to', () => {
    expect(IMPORT_LIMITS).toEqual(DETECT_LIMITS);
    expect(EVIDENCE_MAX).toBe(STACK_TOOL_EVIDENCE_MAX);
  });
});

describe('planImport', () => {
  it('sends manifests first, shallow before deep, then other text files', () => {
    const plan = planImport([
      file('src/app.ts'),
      file('web/package.json'),
      file('README.md'),
      file('k8s/deploy.yaml'),
      file('package.json'),
      file('.github/workflows/ci.yml'),
      file('compose.yaml'),
      file('api/requirements-dev.txt'),
      file('infra/main.tf'),
    ]);
    expect(paths(plan.send)).toEqual([
      'compose.yaml',
      'package.json',
      'api/requirements-dev.txt',
      'infra/main.tf',
      'web/package.json',
      '.github/workflows/ci.yml',
      'k8s/deploy.yaml',
      'README.md',
      'src/app.ts',
    ]);
    expect(plan.skipped).toEqual([]);
  });

  it('never sends what is in dependency, build or version-control folders, nor binary files', () => {
    const plan = planImport([
      file('package.json'),
      file('node_modules/react/package.json'),
      file('web/node_modules/next/package.json'),
      file('.git/config'),
      file('vendor/bundle/Gemfile'),
      file('dist/index.js'),
      file('public/logo.png'),
      file('build.gradle'),
    ]);
    expect(paths(plan.send)).toEqual(['build.gradle', 'package.json']);
    expect(plan.skipped).toEqual([
      { path: 'node_modules/react/package.json', reason: 'skipped-folder' },
      { path: 'web/node_modules/next/package.json', reason: 'skipped-folder' },
      { path: '.git/config', reason: 'skipped-folder' },
      { path: 'vendor/bundle/Gemfile', reason: 'skipped-folder' },
      { path: 'dist/index.js', reason: 'skipped-folder' },
      { path: 'public/logo.png', reason: 'binary' },
    ]);
  });

  it('leaves out a file above the per-file limit and says why', () => {
    const plan = planImport([file('package-lock.json', IMPORT_LIMITS.fileBytes + 1), file('package.json', IMPORT_LIMITS.fileBytes)]);
    expect(paths(plan.send)).toEqual(['package.json']);
    expect(plan.skipped).toEqual([{ path: 'package-lock.json', reason: 'too-large' }]);
    expect(describeSkipped(plan.skipped)).toEqual(['1 file larger than 1 MB']);
  });

  it('keeps to the number of files, manifests taking the places first', () => {
    const sources = Array.from({ length: 400 }, (_, index) => file(`src/file-${String(index).padStart(3, '0')}.py`));
    const plan = planImport([...sources, file('deep/down/pyproject.toml')]);
    expect(plan.send).toHaveLength(IMPORT_LIMITS.files);
    expect(plan.send[0]!.path).toBe('deep/down/pyproject.toml');
    expect(plan.skipped).toHaveLength(101);
    expect(plan.skipped.every((skipped) => skipped.reason === 'over-limit')).toBe(true);
    expect(plan.skipped[0]!.path).toBe('src/file-299.py');
  });

  it('keeps to the total size, skipping what does not fit but still sending smaller files after it', () => {
    const mb = 1024 * 1024;
    const plan = planImport([file('a/package.json', mb), file('b/package.json', mb), file('c/package.json', mb), file('d/package.json', mb - 10), file('e/package.json', mb), file('go.mod', 5)]);
    expect(paths(plan.send)).toEqual(['go.mod', 'a/package.json', 'b/package.json', 'c/package.json', 'd/package.json']);
    expect(plan.send.reduce((sum, entry) => sum + entry.size, 0)).toBeLessThanOrEqual(IMPORT_LIMITS.totalBytes);
    expect(plan.skipped).toEqual([{ path: 'e/package.json', reason: 'over-limit' }]);
  });

  it('takes off the folder a dropped folder prefixes every path with, and normalises separators', () => {
    const plan = planImport([file('shop\\package.json'), file('./shop/api/go.mod'), file('shop/api/go.mod')]);
    expect(paths(plan.send)).toEqual(['package.json', 'api/go.mod']);
    expect(plan.skipped).toEqual([{ path: 'api/go.mod', reason: 'duplicate' }]);
  });

  it('keeps the other fields of what it is given (the File to read later)', () => {
    const handle = { path: 'Gemfile', size: 10, read: 'me' };
    expect(planImport([handle]).send[0]).toEqual(handle);
  });
});

describe('helpers', () => {
  it('normalizePath and stripCommonRoot', () => {
    expect(normalizePath('/a//b/./c.txt')).toBe('a/b/c.txt');
    expect(stripCommonRoot([{ path: 'package.json' }])).toEqual([{ path: 'package.json' }]);
    expect(stripCommonRoot([{ path: 'a/x' }, { path: 'b/y' }])).toEqual([{ path: 'a/x' }, { path: 'b/y' }]);
  });

  it('manifestRank knows the manifests by name and pattern', () => {
    for (const path of ['Gemfile', 'requirements.txt', 'docker-compose.prod.yml', 'compose.override.yaml', 'Dockerfile.dev', 'api/App.csproj', '.env.example', '.github/workflows/release.yaml']) {
      expect(manifestRank(path), path).toBe(0);
    }
    expect(manifestRank('k8s/service.yml')).toBe(1);
    expect(manifestRank('main.go')).toBe(2);
  });

  it('looksBinary spots NUL bytes and text that is not UTF-8', () => {
    expect(looksBinary(new TextEncoder().encode('{"name": "shop", "description": "café"}'))).toBe(false);
    expect(looksBinary(new Uint8Array([0x7b, 0x00, 0x7d]))).toBe(true);
    expect(looksBinary(new Uint8Array([0xff, 0xfe, 0x41]))).toBe(true);
  });

  it('describeSkipped counts each reason once', () => {
    expect(
      describeSkipped([
        { path: 'a.png', reason: 'binary' },
        { path: 'b.png', reason: 'binary' },
        { path: 'node_modules/x/package.json', reason: 'skipped-folder' },
      ]),
    ).toEqual(['1 file in a dependency, build or version-control folder', '2 files not text files']);
  });
});
