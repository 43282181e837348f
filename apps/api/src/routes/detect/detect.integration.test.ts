import { findCounterDrift, type UserRow } from '@stackyard/db';
import { DETECT_LIMITS } from '@stackyard/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../testing/factories.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

const packageJson = '{\n  "name": "shop",\n  "dependencies": {\n    "react": "^19.0.0",\n    "left-pad-of-nobody": "1.0.0"\n  }\n}\n';
const evidence = (file: string, line: number, name: string) => [{ file, line, kind: 'npm', package: name, snippet: `"${name}": "1"` }];

describe('detection over HTTP', () => {
  let server: TestServer;
  let owner: UserRow;
  let other: UserRow;

  beforeAll(async () => {
    server = await startTestServer();
    owner = await buildUser(server.database.db);
    other = await buildUser(server.database.db);
  });
  afterAll(() => server.stop());

  it('answers the tools a tree shows, each with its file and line, and the packages it does not know', async () => {
    const result = await server.as(owner).detect.run({ body: { files: [{ path: 'package.json', content: packageJson }, { path: 'broken/package.json', content: '{"x":' }] } });
    expect(result.tools.find((tool) => tool.slug === 'react')).toMatchObject({
      name: 'React',
      scope: 'runtime',
      evidence: [{ file: 'package.json', line: 4, kind: 'npm', package: 'react', version: '^19.0.0', snippet: '"react": "^19.0.0",' }],
    });
    expect(result.unknown).toContainEqual({ ecosystem: 'npm', name: 'left-pad-of-nobody', version: '1.0.0', file: 'package.json', line: 5 });
    expect(result.problems).toEqual([expect.objectContaining({ file: 'broken/package.json' })]);
  });

  it('refuses more files or bytes than a detection reads with a 413, and a path out of the tree with a 400', async () => {
    const cookie = await server.cookieFor(owner);
    const post = (body: unknown) =>
      server.request('/api/v1/detect', { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const many = Array.from({ length: DETECT_LIMITS.files + 1 }, (_, index) => ({ path: `p${index}/package.json`, content: '{}' }));
    const tooMany = await post({ files: many });
    expect(tooMany.status).toBe(413);
    expect(tooMany.body.error.code).toBe('payload_too_large');
    const big = await post({ files: [{ path: 'package.json', content: ' '.repeat(DETECT_LIMITS.fileBytes + 1) }] });
    expect(big.status).toBe(413);
    expect(big.body.error.message).toMatch(/package\.json is larger than/);
    const huge = await post({ files: Array.from({ length: 5 }, (_, index) => ({ path: `${index}/requirements.txt`, content: 'x'.repeat(DETECT_LIMITS.fileBytes - 10) })) });
    expect(huge.status).toBe(413);
    const outside = await post({ files: [{ path: '../etc/passwd', content: 'root' }] });
    expect(outside.status).toBe(400);
    const signedOut = await server.request('/api/v1/detect', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ files: [{ path: 'a', content: '' }] }) });
    expect(signedOut.status).toBe(401);
  });

  it('adds, confirms and removes only what detection added; a tool added by hand stays', async () => {
    const client = server.as(owner);
    await client.stacks.create({
      body: { name: 'Detected Shop', tools: [{ slug: 'react', evidence: evidence('web/package.json', 4, 'react') }, { slug: 'postgresql' }] },
    });
    const params = { owner: owner.username, slug: 'detected-shop' };
    const first = await client.stacks.get({ params });
    const flat = () => first.stack.groups.flatMap((group) => group.categories.flatMap((category) => category.tools));
    expect(flat().find((tool) => tool.slug === 'react')).toMatchObject({ source: 'detected', sourcePath: 'web/package.json', sourceLine: 4, evidence: evidence('web/package.json', 4, 'react') });
    expect(flat().find((tool) => tool.slug === 'postgresql')).toMatchObject({ source: 'manual', sourcePath: null, detectedAt: null });

    const synced = await client.stacks.syncDetected({
      params,
      body: { tools: [{ slug: 'react', evidence: evidence('web/package.json', 5, 'react') }, { slug: 'vite', evidence: evidence('web/package.json', 9, 'vite') }, { slug: 'postgresql', evidence: evidence('compose.yaml', 3, 'postgres') }] },
    });
    expect([synced.added, synced.confirmed, synced.removed]).toEqual([['vite'], ['postgresql', 'react'], []]);
    const tools = synced.stack.groups.flatMap((group) => group.categories.flatMap((category) => category.tools));
    expect(tools.find((tool) => tool.slug === 'react')).toMatchObject({ source: 'detected', sourceLine: 5 });
    expect(tools.find((tool) => tool.slug === 'postgresql')).toMatchObject({ source: 'manual', sourcePath: 'compose.yaml', detectedAt: expect.any(String) });

    const again = await client.stacks.syncDetected({ params, body: { tools: [{ slug: 'vite', evidence: evidence('web/package.json', 8, 'vite') }] } });
    expect([again.added, again.confirmed, again.removed]).toEqual([[], ['vite'], ['react']]);
    expect(again.stack.groups.flatMap((group) => group.categories.flatMap((category) => category.tools.map((tool) => tool.slug))).sort()).toEqual(['postgresql', 'vite']);
    expect(await findCounterDrift(server.database.db)).toEqual([]);

    const vite = await server.client.tools.get({ params: { slug: 'vite' } });
    const row = await server.database.db.selectFrom('tools').select('detected_stacks_count').where('slug', '=', 'vite').executeTakeFirstOrThrow();
    expect(vite.tool.stats.detectedIn).toBe(row.detected_stacks_count);
    expect(row.detected_stacks_count).toBeGreaterThanOrEqual(1);

    await expect(server.as(other).stacks.syncDetected({ params, body: { tools: [{ slug: 'vite', evidence: evidence('a', 1, 'vite') }] } })).rejects.toMatchObject({ status: 403 });
    await expect(client.stacks.syncDetected({ params, body: { tools: [{ slug: 'no-such-tool', evidence: evidence('a', 1, 'x') }] } })).rejects.toMatchObject({ status: 400 });
  });

  it('serves a stack badge as SVG, escaped, cacheable, and 404 for a stack nobody may see', async () => {
    await server.as(owner).stacks.create({ body: { name: 'Badge <&> Test', tools: [{ slug: 'react' }, { slug: 'nodejs' }] } });
    const badge = await server.request(`/api/v1/stacks/${owner.username}/badge-test/badge.svg`);
    expect(badge.status).toBe(200);
    expect(badge.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(badge.headers.get('cache-control')).toBe('public, max-age=300');
    const svg = String(badge.body);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('Badge &lt;&amp;&gt; Test · 2 tools');
    expect(svg).not.toContain('<&>');
    const missing = await server.request(`/api/v1/stacks/${owner.username}/nothing-here/badge.svg`);
    expect(missing.status).toBe(404);
  });
});
