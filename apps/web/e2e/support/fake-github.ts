import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeGithubAccount {
  id: number;
  login: string;
  name: string;
  email: string;
}

export interface FakeGithubOAuth {
  url: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

/**
 * A local stand-in for GitHub's web sign-in, as a browser meets it: an authorization page with an
 * "Authorize" button that sends the browser back to the app with a code and the app's state; the code
 * exchange (form-encoded, HTTP Basic client credentials); and the signed-in user and their emails.
 */
export async function startFakeGithubOAuth(account: FakeGithubAccount): Promise<FakeGithubOAuth> {
  const clientId = 'e2e-client-id';
  const clientSecret = 'e2e-client-secret';
  const codes = new Set<string>();
  const tokens = new Set<string>();

  const server = createServer((req, res) => void answer(req, res));
  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://github.invalid');
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (req.method === 'GET' && url.pathname === '/login/oauth/authorize') {
      const redirect = url.searchParams.get('redirect_uri');
      if (url.searchParams.get('client_id') !== clientId || !redirect) return json(res, 400, { error: 'bad_request' });
      const code = randomBytes(8).toString('hex');
      codes.add(code);
      const back = new URL(redirect);
      back.searchParams.set('code', code);
      back.searchParams.set('state', url.searchParams.get('state') ?? '');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="en"><title>Authorize application</title><main><h1>Authorize Stackyard</h1><p>Signed in to GitHub as ${account.login}.</p><a href="${back.href.replace(/&/g, '&amp;')}">Authorize</a></main></html>`);
      return;
    }
    if (req.method === 'POST' && url.pathname === '/login/oauth/access_token') {
      const form = new URLSearchParams(await readBody(req));
      const expected = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
      if (req.headers.authorization !== expected) return json(res, 200, { error: 'incorrect_client_credentials' });
      const code = form.get('code') ?? '';
      if (!codes.delete(code)) return json(res, 200, { error: 'bad_verification_code' });
      const token = `gho_${randomBytes(12).toString('hex')}`;
      tokens.add(token);
      return json(res, 200, { access_token: token, token_type: 'bearer', scope: 'read:user,user:email' });
    }
    const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (req.method === 'GET' && (url.pathname === '/user' || url.pathname === '/user/emails')) {
      if (!token || !tokens.has(token)) return json(res, 401, { message: 'Bad credentials' });
      if (url.pathname === '/user/emails') return json(res, 200, [{ email: account.email, primary: true, verified: true }]);
      return json(res, 200, { id: account.id, login: account.login, name: account.name, email: null, avatar_url: null, blog: '' });
    }
    json(res, 404, { message: 'Not Found' });
  }

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    clientId,
    clientSecret,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
