import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeGithubUser {
  id: number;
  login: string;
  name: string | null;
  email: string | null;
  emails: Array<{ email: string; primary: boolean; verified: boolean }>;
}

export interface FakeGithub {
  url: string;
  clientId: string;
  clientSecret: string;
  /** Makes `code` exchangeable for a token that signs `user` in. */
  grant(code: string, user: FakeGithubUser): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

/**
 * A local stand-in for GitHub's OAuth token endpoint and REST API, speaking the same protocol: form-encoded
 * code exchange with HTTP Basic client credentials (errors as 200 + `error`, as GitHub does), then
 * `GET /user` and `GET /user/emails` with the bearer token.
 */
export async function startFakeGithub(): Promise<FakeGithub> {
  const clientId = 'fake-client-id';
  const clientSecret = 'fake-client-secret';
  const codes = new Map<string, FakeGithubUser>();
  const tokens = new Map<string, FakeGithubUser>();

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'POST' && url.pathname === '/login/oauth/access_token') {
      const form = new URLSearchParams(await readBody(req));
      const expected = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
      if (req.headers.authorization !== expected) return json(200, { error: 'incorrect_client_credentials' });
      const user = codes.get(form.get('code') ?? '');
      if (!user) return json(200, { error: 'bad_verification_code', error_description: 'The code passed is incorrect or expired.' });
      codes.delete(form.get('code') ?? '');
      const token = `gho_${Math.random().toString(36).slice(2)}`;
      tokens.set(token, user);
      return json(200, { access_token: token, token_type: 'bearer', scope: 'read:user,user:email' });
    }
    const user = tokens.get((req.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (req.method === 'GET' && url.pathname === '/user') {
      if (!user) return json(401, { message: 'Bad credentials' });
      return json(200, { id: user.id, login: user.login, name: user.name, email: user.email, avatar_url: `https://avatars.example.org/u/${user.id}`, blog: '' });
    }
    if (req.method === 'GET' && url.pathname === '/user/emails') {
      if (!user) return json(401, { message: 'Bad credentials' });
      return json(200, user.emails);
    }
    json(404, { message: 'Not Found' });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    clientId,
    clientSecret,
    grant: (code, user) => codes.set(code, user),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
