import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { walkTree } from './walk.js';

let root: string;
let outside: string;
const put = async (path: string, content = '') => {
  await mkdir(join(root, path, '..'), { recursive: true });
  await writeFile(join(root, path), content);
};

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'stackyard-walk-'));
  outside = await mkdtemp(join(tmpdir(), 'stackyard-outside-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('walkTree', () => {
  it('respects .gitignore at every depth and skips installed dependencies and build output', async () => {
    await put('.gitignore', 'secret/\n*.log\n');
    await put('package.json', '{}');
    await put('secret/package.json', '{}');
    await put('debug.log');
    await put('node_modules/react/package.json', '{}');
    await put('target/release/Cargo.toml');
    await put('web/.gitignore', 'generated.json\n');
    await put('web/generated.json', '{}');
    await put('web/package.json', '{}');
    await put('.git/config');
    const { entries } = await walkTree(root);
    expect(entries.map((entry) => entry.path)).toEqual(['.gitignore', 'package.json', 'web/.gitignore', 'web/package.json']);
  });

  it('follows no link: one into the tree is read where it leads, one out of it or round a loop is reported', async () => {
    await put('app/package.json', '{}');
    await writeFile(join(outside, 'package.json'), '{}');
    await symlink(join(root, 'app'), join(root, 'alias'));
    await symlink(root, join(root, 'app', 'up'));
    await symlink(outside, join(root, 'escape'));
    await symlink(join(outside, 'package.json'), join(root, 'escaped.json'));
    await symlink(join(root, 'loop-b'), join(root, 'loop-a'));
    await symlink(join(root, 'loop-a'), join(root, 'loop-b'));
    const { entries, problems } = await walkTree(root);
    expect(entries.map((entry) => entry.path)).toEqual(['app/package.json']);
    expect(problems.map((problem) => [problem.file, problem.message])).toEqual([
      ['escape', 'skipped: a link that leads out of the tree'],
      ['escaped.json', 'skipped: a link that leads out of the tree'],
      ['loop-a', 'skipped: a link that leads nowhere (ELOOP)'],
      ['loop-b', 'skipped: a link that leads nowhere (ELOOP)'],
    ]);
  });

  it('reports a link to nothing instead of failing', async () => {
    await put('package.json', '{}');
    await symlink(join(root, 'gone'), join(root, 'dangling'));
    const { entries, problems } = await walkTree(root);
    expect(entries.map((entry) => entry.path)).toEqual(['package.json']);
    expect(problems).toEqual([{ file: 'dangling', message: 'skipped: a link that leads nowhere (ENOENT)' }]);
  });
});
