import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from './main.js';

/** A stand-in Stackyard server that speaks the tools endpoint of the real contract. */
let server: Server;
let requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('Content-Type', 'application/json');
    if (url.searchParams.get('q') === 'broken') {
      res.statusCode = 400;
      res.end(JSON.stringify({ error: { code: 'validation_failed', message: 'query.q: too long' } }));
      return;
    }
    const stats = { stacks: 42, detectedIn: 0, followers: 3, votes: 9, githubStars: null, githubForks: null, githubSyncedAt: null, githubPushedAt: null };
    res.end(
      JSON.stringify({
        items: [
          { slug: 'gunicorn', name: 'Gunicorn', tagline: 'WSGI server', logoUrl: null, openSource: true, function: { slug: 'web-servers', name: 'Web Servers' }, stats },
        ],
        nextCursor: null,
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.STACKYARD_SERVER = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('stackyard search', () => {
  it('asks the server and prints the tools it found', async () => {
    requests = [];
    const lines: string[] = [];
    expect(await run(['search', 'gun'], (line) => lines.push(line))).toBe(0);
    expect(requests[0]).toBe('/api/v1/tools?q=gun&limit=10');
    expect(lines.join('\n')).toMatch(/Gunicorn\s+Web Servers\s+42 stacks/);
  });

  it("prints the server's error message and fails", async () => {
    const lines: string[] = [];
    expect(await run(['search', 'broken'], (line) => lines.push(line))).toBe(1);
    expect(lines.join('\n')).toContain('query.q: too long');
  });

  it('explains itself when called without a command or with an unknown one', async () => {
    const lines: string[] = [];
    expect(await run([], (line) => lines.push(line))).toBe(1);
    expect(await run(['frobnicate'], (line) => lines.push(line))).toBe(1);
    expect(lines.join('\n')).toContain('Unknown command "frobnicate"');
  });
});
