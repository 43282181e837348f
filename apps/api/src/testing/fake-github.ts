import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A GitHub account as the sign-in flow reads it: GET /user, then GET /user/emails when email is hidden. */
export interface FakeGithubUser {
  id: number;
  login: string;
  name: string | null;
  email: string | null;
  emails: { email: string; primary: boolean; verified: boolean }[];
}

/** A repository as GET /repos/:owner/:repo describes it (the fields the stats sync reads). */
export interface FakeRepository {
  stargazers_count: number;
  forks_count: number;
  license: { spdx_id: string | null } | null;
  pushed_at: string | null;
}

export interface FakeAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface FakeGithub {
  url: string;
  /** The OAuth app the fake accepts at /login/oauth/access_token (HTTP Basic client credentials). */
  clientId: string;
  clientSecret: string;
  /** Makes `code` exchangeable, once, for an access token that signs in as `user`. */
  grant(code: string, user: FakeGithubUser): void;
  /** Repositories by "owner/repo"; others answer 404 like GitHub. */
  repositories: Map<string, FakeRepository>;
  /** When set, answers every request instead (a rate limit, an outage...). */
  override: FakeAnswer | null;
  /** Every request received: path and headers. */
  requests: { path: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

/** What GitHub's REST API sends with every answer. */
const QUOTA = { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '4999', 'x-ratelimit-reset': '4102444800' };

function send(res: ServerResponse, answer: FakeAnswer): void {
  res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
  res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A local stand-in for GitHub, speaking its protocols: the OAuth code exchange (form-encoded, HTTP Basic
 * client credentials; errors as 200 + `error`, as GitHub does), the signed-in user (GET /user and
 * /user/emails with the bearer token), and repositories (GET /repos/:owner/:repo) with x-ratelimit-* headers.
 */
export async function startFakeGithub(): Promise<FakeGithub> {
  const clientId = 'fake-client-id';
  const clientSecret = 'fake-client-secret';
  const codes = new Map<string, FakeGithubUser>();
  const tokens = new Map<string, FakeGithubUser>();
  const state: Pick<FakeGithub, 'repositories' | 'override' | 'requests'> = { repositories: new Map(), override: null, requests: [] };

  async function exchangeCode(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = new URLSearchParams(await readBody(req));
    const expected = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
    if (req.headers.authorization !== expected) return send(res, { status: 200, body: { error: 'incorrect_client_credentials' } });
    const user = codes.get(form.get('code') ?? '');
    if (!user) return send(res, { status: 200, body: { error: 'bad_verification_code', error_description: 'The code passed is incorrect or expired.' } });
    codes.delete(form.get('code')!);
    const token = `gho_${randomBytes(16).toString('hex')}`;
    tokens.set(token, user);
    send(res, { status: 200, body: { access_token: token, token_type: 'bearer', scope: 'read:user,user:email' } });
  }

  function signedInUser(req: IncomingMessage): FakeGithubUser | undefined {
    const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    return token ? tokens.get(token) : undefined;
  }

  const server = createServer((req, res) => {
    const path = req.url ?? '';
    state.requests.push({ path, headers: req.headers });
    if (state.override) return send(res, state.override);
    if (req.method === 'POST' && path === '/login/oauth/access_token') return void exchangeCode(req, res);

    if (req.method === 'GET' && (path === '/user' || path === '/user/emails')) {
      const user = signedInUser(req);
      if (!user) return send(res, { status: 401, headers: QUOTA, body: { message: 'Bad credentials' } });
      if (path === '/user/emails') return send(res, { status: 200, headers: QUOTA, body: user.emails });
      return send(res, {
        status: 200,
        headers: QUOTA,
        body: { id: user.id, login: user.login, name: user.name, email: user.email, avatar_url: `https://avatars.example.org/u/${user.id}`, blog: '' },
      });
    }

    const match = /^\/repos\/([^/]+)\/([^/]+)$/.exec(path);
    const repository = match ? state.repositories.get(`${decodeURIComponent(match[1]!)}/${decodeURIComponent(match[2]!)}`) : undefined;
    if (req.method !== 'GET' || !repository) return send(res, { status: 404, headers: QUOTA, body: { message: 'Not Found' } });
    send(res, { status: 200, headers: QUOTA, body: { ...repository, full_name: `${match![1]}/${match![2]}` } });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    clientId,
    clientSecret,
    grant(code: string, user: FakeGithubUser) {
      codes.set(code, user);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
