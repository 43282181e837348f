import { mkdtemp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from './cli-error.js';
import type { Io } from './io.js';
import { run } from './main.js';

/**
 * A stand-in server that speaks the parts of the real contract these tests need (health, me, tools),
 * and an address that answers as something else. The journeys against the real server are in
 * apps/web/e2e/cli-push.e2e.test.ts.
 */
let server: Server;
let origin: string;
let notStackyard: Server;
let notStackyardOrigin: string;
let requests: string[] = [];
let config: string;
let tree: string;

const stats = { stacks: 42, detectedIn: 0, followers: 3, votes: 9, githubStars: null, githubForks: null, githubSyncedAt: null, githubPushedAt: null };
const user = {
  id: 1, username: 'ada', email: 'ada@example.org', displayName: null, bio: null, avatarUrl: null, websiteUrl: null,
  role: 'member', hasPassword: true, createdAt: '2026-12-01T00:00:00.000Z',
};

const listen = async (handler: Parameters<typeof createServer>[1]) => {
  const created = createServer(handler);
  await new Promise<void>((resolve) => created.listen(0, '127.0.0.1', resolve));
  return { server: created, origin: `http://127.0.0.1:${(created.address() as AddressInfo).port}` };
};

beforeAll(async () => {
  ({ server, origin } = await listen((req, res) => {
    requests.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`.trim());
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('Content-Type', 'application/json');
    if (url.pathname === '/api/health') return res.end(JSON.stringify({ status: 'ok', database: { engine: 'pglite', reachable: true, latencyMs: 1 } }));
    if (url.pathname === '/api/v1/me') {
      if (req.headers.authorization !== 'Bearer good-token') {
        res.statusCode = 401;
        return res.end(JSON.stringify({ error: { code: 'unauthorized', message: 'Sign in first' } }));
      }
      return res.end(JSON.stringify({ user }));
    }
    if (url.searchParams.get('q') === 'broken') {
      res.statusCode = 400;
      return res.end(JSON.stringify({ error: { code: 'validation_failed', message: 'query.q: too long' } }));
    }
    res.end(JSON.stringify({
      items: [{ slug: 'gunicorn', name: 'Gunicorn', tagline: 'WSGI server', logoUrl: null, openSource: true, function: { slug: 'web-servers', name: 'Web Servers' }, stats }],
      nextCursor: null,
    }));
  }));
  ({ server: notStackyard, origin: notStackyardOrigin } = await listen((_req, res) => {
    res.setHeader('Content-Type', 'text/html');
    res.statusCode = 404;
    res.end('<h1>Not here</h1>');
  }));
});

afterAll(async () => {
  await Promise.all([server, notStackyard].map((each) => new Promise<void>((resolve) => each.close(() => resolve()))));
});

beforeEach(async () => {
  requests = [];
  config = await mkdtemp(join(tmpdir(), 'stackyard-config-'));
  tree = await mkdtemp(join(tmpdir(), 'stackyard-tree-'));
  process.env.STACKYARD_CONFIG_DIR = config;
  process.env.STACKYARD_SERVER = origin;
  delete process.env.STACKYARD_TOKEN;
  return async () => {
    await rm(config, { recursive: true, force: true });
    await rm(tree, { recursive: true, force: true });
  };
});

/** A terminal that keeps each stream apart. */
function capture(cwd = tree) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (line) => out.push(line), err: (line) => err.push(line), progress: () => {}, cwd };
  return { io, out, err };
}

describe('stackyard scan', () => {
  it('prints only the JSON of the stack with --json, each tool with its file and line', async () => {
    await writeFile(join(tree, 'package.json'), '{\n  "name": "shop",\n  "dependencies": {\n    "react": "^19.0.0"\n  }\n}\n');
    const { io, out } = capture();
    expect(await run(['scan', '.', '--json'], io)).toBe(EXIT.ok);
    const result = JSON.parse(out.join('\n'));
    expect(Object.keys(result)).toEqual(['tools', 'hints', 'unknown', 'problems', 'workspaces']);
    expect(result.tools).toContainEqual(expect.objectContaining({
      slug: 'react', name: 'React', scope: 'runtime',
      evidence: [expect.objectContaining({ file: 'package.json', line: 4, package: 'react', version: '^19.0.0' })],
    }));
  });

  it('groups the stack by layer for a person, and says when nothing was detected (exit 2)', async () => {
    await writeFile(join(tree, 'package.json'), '{"dependencies": {"react": "19"}}');
    const found = capture();
    expect(await run(['scan', tree], found.io)).toBe(EXIT.ok);
    expect(found.out.join('\n')).toMatch(/Application & Data\n\s+React\s+runtime\s+package\.json:1/);
    await writeFile(join(tree, 'package.json'), '{"dependencies": {"left-pad-of-nobody": "1"}}');
    const nothing = capture();
    expect(await run(['scan'], nothing.io)).toBe(EXIT.nothingDetected);
    expect(nothing.err.join('\n')).toMatch(/Nothing detected/);
  });

  it('applies stackyard.json: pins with their line, exclusions and ignored paths; an invalid one is exit 6', async () => {
    await writeFile(join(tree, 'package.json'), '{"dependencies": {"react": "19", "vue": "3"}}');
    await mkdir(join(tree, 'legacy'));
    await writeFile(join(tree, 'legacy', 'requirements.txt'), 'django==5.0\n');
    await writeFile(join(tree, 'stackyard.json'), '{\n  "pins": [\n    {"slug": "postgresql", "note": "managed"}\n  ],\n  "exclude": ["vuejs"],\n  "ignore": ["legacy/"]\n}\n');
    const { io, out } = capture();
    expect(await run(['scan', '--json'], io)).toBe(EXIT.ok);
    const slugs = JSON.parse(out.join('\n')).tools.map((tool: { slug: string }) => tool.slug);
    expect(slugs).toContain('react');
    expect(slugs).toContain('postgresql');
    expect(slugs).not.toContain('vuejs');
    expect(slugs).not.toContain('django');
    const pin = JSON.parse(out.join('\n')).tools.find((tool: { slug: string }) => tool.slug === 'postgresql');
    expect(pin.evidence[0]).toMatchObject({ file: 'stackyard.json', line: 3 });

    await writeFile(join(tree, 'stackyard.json'), '{"pins": ["no-such-tool"]}');
    const invalid = capture();
    expect(await run(['scan'], invalid.io)).toBe(EXIT.invalidProjectFile);
    expect(invalid.err.join('\n')).toContain('no-such-tool');
    await writeFile(join(tree, 'stackyard.json'), '{"pins": [');
    expect(await run(['scan'], capture().io)).toBe(EXIT.invalidProjectFile);
  });
});

describe('stackyard scan of this repository', () => {
  it("prints Stackyard's own stack: its frameworks and databases, not the fixtures' Rails or Django", async () => {
    const repository = join(import.meta.dirname, '..', '..', '..');
    const { io, out } = capture(repository);
    expect(await run(['scan', '.', '--json'], io)).toBe(EXIT.ok);
    const result = JSON.parse(out.join('\n'));
    const slugs: string[] = result.tools.map((tool: { slug: string }) => tool.slug);
    for (const slug of ['typescript', 'nodejs', 'react', 'react-router', 'tanstack-query', 'expressjs', 'kysely', 'postgresql', 'pglite', 'redis', 'zod', 'vite', 'vitest', 'turborepo', 'pnpm', 'eslint', 'docker']) {
      expect(slugs, slug).toContain(slug);
    }
    for (const slug of ['rails', 'django', 'laravel', 'spring-boot', 'terraform', 'nextjs']) expect(slugs, slug).not.toContain(slug);
    expect(result.workspaces.map((workspace: { path: string }) => workspace.path)).toContain('packages/detect');
    expect(result.hints.some((hint: { reason: string }) => hint.reason === 'in test data')).toBe(true);
  }, 60_000);
});

describe('stackyard login, whoami, logout', () => {
  it('checks the token with the server, stores it for its owner alone, and forgets it', async () => {
    const login = capture();
    expect(await run(['login', '--server', `${origin}/`, '--token', 'good-token'], login.io)).toBe(EXIT.ok);
    expect(login.err.join('\n')).toContain('as ada');
    const file = join(config, 'credentials.json');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ server: origin, token: 'good-token', username: 'ada' });
    const who = capture();
    expect(await run(['whoami'], who.io)).toBe(EXIT.ok);
    expect(who.out).toEqual([`ada on ${origin}`]);
    expect(requests).toContain('GET /api/v1/me Bearer good-token');
    expect(await run(['logout'], capture().io)).toBe(EXIT.ok);
    const after = capture();
    expect(await run(['whoami'], after.io)).toBe(EXIT.unauthorized);
    expect(after.err.join('\n')).toMatch(/Not logged in/);
  });

  it('tells a refused token (5), an unreachable server (3) and an address that is not Stackyard (4) apart', async () => {
    const refused = capture();
    expect(await run(['login', '--server', origin, '--token', 'revoked'], refused.io)).toBe(EXIT.unauthorized);
    expect(refused.err.join('\n')).toMatch(/refused the token/);
    const closed = await listen(() => {});
    await new Promise<void>((resolve) => closed.server.close(() => resolve()));
    const unreachable = capture();
    expect(await run(['login', '--server', closed.origin, '--token', 'good-token'], unreachable.io)).toBe(EXIT.noNetwork);
    expect(unreachable.err.join('\n')).toMatch(/Could not reach/);
    const elsewhere = capture();
    expect(await run(['login', '--server', notStackyardOrigin, '--token', 'good-token'], elsewhere.io)).toBe(EXIT.unknownServer);
    expect(elsewhere.err.join('\n')).toMatch(/not as a Stackyard server/);
    expect(await run(['login', '--server', 'ftp://example.org', '--token', 'x'], capture().io)).toBe(EXIT.usage);
    // Without a terminal to ask on, a missing --token is a usage error rather than a wait for input.
    expect(await run(['login', '--server', origin], capture().io)).toBe(EXIT.usage);
  });
});

describe('stackyard search and usage', () => {
  it('asks the server and prints the tools it found', async () => {
    const { io, out } = capture();
    expect(await run(['search', 'gun'], io)).toBe(EXIT.ok);
    expect(requests[0]).toBe('GET /api/v1/tools?q=gun&limit=10');
    expect(out.join('\n')).toMatch(/Gunicorn\s+Web Servers\s+42 stacks/);
  });

  it("prints the server's error message and fails", async () => {
    const { io, err } = capture();
    expect(await run(['search', 'broken'], io)).toBe(EXIT.refused);
    expect(err.join('\n')).toContain('query.q: too long');
  });

  it('explains itself without a command, with an unknown one or an unknown flag', async () => {
    const lines: string[] = [];
    expect(await run([], (line) => lines.push(line))).toBe(EXIT.usage);
    expect(await run(['frobnicate'], (line) => lines.push(line))).toBe(EXIT.usage);
    expect(await run(['scan', '--frobnicate'], (line) => lines.push(line))).toBe(EXIT.usage);
    expect(await run(['help'], (line) => lines.push(line))).toBe(EXIT.ok);
    expect(lines.join('\n')).toContain('Unknown command "frobnicate"');
    expect(lines.join('\n')).toContain("Unknown option '--frobnicate'");
  });
});
