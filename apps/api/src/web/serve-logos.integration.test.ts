import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { logoUrl, writeLogos } from '@stackyard/catalogue/logos';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../config.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const LOGO_URL = /^\/logos\/[a-z0-9-]+\.[0-9a-f]{8}\.svg$/;

describe('tool logos', () => {
  let server: TestServer;
  let buildDir: string;

  beforeAll(async () => {
    // The catalogue's build, written where this test can see it: the test needs no earlier `pnpm build`.
    buildDir = await mkdtemp(join(tmpdir(), 'stackyard-logos-'));
    await writeLogos(buildDir);
    server = await startTestServer({ config: { logosDir: join(buildDir, 'logos') } });
  });
  afterAll(async () => {
    await server?.stop();
    await rm(buildDir, { recursive: true, force: true });
  });

  it("names a tool's logo in its answer, and serves it as an immutable SVG", async () => {
    const { tool } = await server.client.tools.get({ params: { slug: 'nginx' } });
    expect(tool.logoUrl).toMatch(/^\/logos\/nginx\.[0-9a-f]{8}\.svg$/);
    expect(tool.logoUrl).toBe(logoUrl(tool));

    const response = await server.request(tool.logoUrl!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml\b/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/script-src/);
    expect(response.body).toBe(await readFile(join(buildDir, 'logos', tool.logoUrl!.slice('/logos/'.length)), 'utf8'));
    expect(response.body).toMatch(/^<svg /);
  });

  it('fills logoUrl in lists and search too, each naming a file that is served', async () => {
    const page = await server.client.tools.list({ query: { limit: 24 } });
    const search = await server.client.search.all({ query: { q: 'passenger' } });
    const urls = [...page.items.map((item) => item.logoUrl), ...search.tools.map((hit) => hit.logoUrl)];
    expect(search.tools.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url).toMatch(LOGO_URL);
      const response = await server.request(url!, { method: 'HEAD' });
      expect(response.status, url!).toBe(200);
    }
  });

  it('answers a JSON 404 for any other name under /logos, never a file outside the folder', async () => {
    const { tool } = await server.client.tools.get({ params: { slug: 'nginx' } });
    const stale = tool.logoUrl!.replace(/\.[0-9a-f]{8}\.svg$/, '.00000000.svg');
    const paths = [
      stale,
      '/logos/',
      '/logos/nginx.svg',
      '/logos/logos-manifest.json',
      '/logos/..%2Flogos-manifest.json',
      '/logos/%2e%2e%2f%2e%2e%2fpackage.json',
      `/logos/nested${tool.logoUrl}`,
    ];
    for (const path of paths) {
      const response = await server.request(path);
      expect(response.status, path).toBe(404);
      expect(response.body.error?.code, path).toBe('not_found');
    }
  });

  it("serves the catalogue's own build by default", () => {
    expect(defaultConfig().logosDir.replaceAll('\\', '/')).toMatch(/\/packages\/catalogue\/dist\/logos$/);
  });
});
