import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { writeLogos } from '@stackyard/catalogue/logos';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, stopServerProcess, type ServerProcess } from './testing/server-process.js';

const apiDir = fileURLToPath(new URL('..', import.meta.url));

// The bundle is the server production runs. It loads its npm packages from apps/api/node_modules, and some
// (the icon sets the catalogue reads from disk) no bundler can see: only running the bundle proves that
// they are declared. Once per run is enough, so on the embedded database alone (*.once.test.ts).
describe('the built server', () => {
  let outdir: string;
  let logosDir: string;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    // Under apps/api/node_modules, so the bundle resolves its packages as dist/main.js does, and git ignores it.
    await mkdir(join(apiDir, 'node_modules', '.cache'), { recursive: true });
    outdir = await mkdtemp(join(apiDir, 'node_modules', '.cache', 'build-test-'));
    logosDir = await mkdtemp(join(tmpdir(), 'stackyard-built-logos-'));
  });
  afterAll(async () => {
    if (server) await stopServerProcess(server);
    await rm(outdir, { recursive: true, force: true });
    await rm(logosDir, { recursive: true, force: true });
  });

  it('bundles with every npm package it loads declared, then seeds and serves the logos', async () => {
    // build.mjs fails, naming the package, when an inlined workspace package imports an undeclared one.
    await promisify(execFile)(process.execPath, ['build.mjs', outdir], { cwd: apiDir });
    await writeLogos(logosDir);

    server = await startServerProcess(
      {
        STACKYARD_DATA_DIR: 'memory://',
        STACKYARD_SEED: 'catalogue',
        STACKYARD_LOGOS_DIR: join(logosDir, 'logos'),
        // pnpm's launcher of vitest points NODE_PATH at every package of the workspace; production has none.
        NODE_PATH: '',
      },
      join(outdir, 'main.js'),
    );
    const { tool } = (await (await fetch(`${server.url}/api/v1/tools/nginx`)).json()) as { tool: { logoUrl: string } };
    expect(tool.logoUrl).toMatch(/^\/logos\/nginx\.[0-9a-f]{8}\.svg$/);
    const logo = await fetch(`${server.url}${tool.logoUrl}`);
    expect(logo.status).toBe(200);
    expect(logo.headers.get('content-type')).toMatch(/^image\/svg\+xml\b/);
    expect(await stopServerProcess(server)).toBe(0);
    server = undefined;
  });
});
