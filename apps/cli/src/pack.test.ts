import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cliDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * The package npm pack makes, installed into an empty folder outside the workspace: it must run with
 * nothing of the workspace around it (no tsx, no workspace packages, no dependency to fetch).
 */
describe('the packed CLI', () => {
  let folder: string;
  let bin: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'stackyard-pack-'));
    await run(process.execPath, ['build.mjs', join(folder, 'build'), '--pack'], { cwd: cliDir });
    const [tarball] = (await readdir(join(folder, 'build'))).filter((name) => name.endsWith('.tgz'));
    const app = join(folder, 'app');
    await mkdir(app);
    await writeFile(join(app, 'package.json'), '{"name": "somewhere-else", "private": true}');
    await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', join(folder, 'build', tarball!)], { cwd: app });
    bin = join(app, 'node_modules', '.bin', 'stackyard');
  }, 180_000);
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('installs with no dependency and scans a tree offline', async () => {
    const tree = join(folder, 'tree');
    await mkdir(tree);
    await writeFile(join(tree, 'package.json'), '{\n  "dependencies": {\n    "react": "^19.0.0"\n  }\n}\n');
    await writeFile(join(tree, 'Dockerfile'), 'FROM docker.io/library/postgres:16\n');
    const { stdout } = await run(bin, ['scan', tree, '--json'], { env: { ...process.env, STACKYARD_CONFIG_DIR: join(folder, 'config') } });
    const result = JSON.parse(stdout);
    const evidence = Object.fromEntries(result.tools.map((tool: { slug: string; evidence: Array<{ file: string; line: number }> }) => [tool.slug, `${tool.evidence[0]!.file}:${tool.evidence[0]!.line}`]));
    expect(evidence).toMatchObject({ react: 'package.json:3', postgresql: 'Dockerfile:1' });
  });

  it('answers --help with the usage and exit code 0', async () => {
    const { stdout } = await run(bin, ['--help']);
    expect(stdout).toContain('Usage: stackyard <command>');
  });
});
