import { allContracts, urlOf, type RouteContract } from '@stackyard/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../testing/factories.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

/**
 * Every contract's `access`, checked by the server before it reads the request: the request below carries
 * made-up params and no body, so only the access check can explain a 401 or a 403.
 */
const byAccess = (...levels: RouteContract['access'][]) => allContracts.filter((contract) => levels.includes(contract.access));
const madeUpUrl = (contract: RouteContract) =>
  urlOf(contract, { params: Object.fromEntries([...contract.path.matchAll(/:([A-Za-z0-9_]+)/g)].map(([, name]) => [name!, '1'])) });

describe('access, as the contracts declare it', () => {
  let server: TestServer;
  let memberCookie: string;

  beforeAll(async () => {
    server = await startTestServer();
    const member = await buildUser(server.database.db);
    memberCookie = await server.cookieFor(member);
  });
  afterAll(() => server.stop());

  it('has routes of every signed-in level to check', () => {
    expect(byAccess('member').length).toBeGreaterThan(20);
    expect(byAccess('moderator').length).toBeGreaterThanOrEqual(2);
  });

  it('answers 401 to anyone signed out on every member, moderator and admin route', async () => {
    for (const contract of byAccess('member', 'moderator', 'admin')) {
      const response = await server.request(madeUpUrl(contract), { method: contract.method.toUpperCase() });
      expect(response.status, `${contract.method.toUpperCase()} ${contract.path}`).toBe(401);
      expect(response.body.error.code).toBe('unauthenticated');
    }
  });

  it('answers 403 to a member on every moderator and admin route', async () => {
    for (const contract of byAccess('moderator', 'admin')) {
      const response = await server.request(madeUpUrl(contract), { method: contract.method.toUpperCase(), headers: { Cookie: memberCookie } });
      expect(response.status, `${contract.method.toUpperCase()} ${contract.path}`).toBe(403);
      expect(response.body.error).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/^Only (moderators|admins) can do this$/) });
    }
  });

  it('never asks anyone to sign in on public and viewer routes', async () => {
    for (const contract of byAccess('public', 'viewer')) {
      const response = await server.request(madeUpUrl(contract), { method: contract.method.toUpperCase(), redirect: 'manual' });
      expect(response.status, `${contract.method.toUpperCase()} ${contract.path}`).not.toBe(401);
      expect(response.status, `${contract.method.toUpperCase()} ${contract.path}`).not.toBe(403);
    }
  });
});
